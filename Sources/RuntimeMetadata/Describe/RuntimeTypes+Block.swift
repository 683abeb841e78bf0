import ChainTypes
import Primitives

/// Block-level types: digest, header, block, the extrinsic and its signed extensions.
extension RuntimeTypes {
    /// `sp_runtime::generic::digest::Digest { logs }`.
    static func digest(in registry: inout TypeRegistry) -> TypeID {
        registry.composite(["sp_runtime", "generic", "digest", "Digest"]) { r in [r.field("logs", [DigestItem].self, typeName: "Vec<DigestItem>")] }
    }

    /// `sp_runtime::generic::header::Header<u32, BlakeTwo256>`.
    static func header(in registry: inout TypeRegistry) -> TypeID {
        let number = registry.primitive(.u32)
        let hasher = registry.composite(["sp_runtime", "traits", "BlakeTwo256"]) { _ in [] }
        return registry.composite(
            ["sp_runtime", "generic", "header", "Header"], parameters: [TypeParameter("Number", number), TypeParameter("Hash", hasher)]
        ) { r in
            [
                r.field("parent_hash", H256.self, typeName: "Hash::Output"),
                TypeField("number", r.compact(of: number), typeName: "Number"),
                r.field("state_root", H256.self, typeName: "Hash::Output"),
                r.field("extrinsics_root", H256.self, typeName: "Hash::Output"),
                TypeField("digest", digest(in: &r), typeName: "Digest"),
            ]
        }
    }

    /// `sp_runtime::generic::block::Block<Header, UncheckedExtrinsic>`.
    static func block(in registry: inout TypeRegistry) -> TypeID {
        let header = header(in: &registry)
        let extrinsic = uncheckedExtrinsic(in: &registry)
        return registry.composite(
            ["sp_runtime", "generic", "block", "Block"], parameters: [TypeParameter("Header", header), TypeParameter("Extrinsic", extrinsic)]
        ) { r in
            [TypeField("header", header, typeName: "Header"), TypeField("extrinsics", r.sequence(of: extrinsic), typeName: "Vec<Extrinsic>")]
        }
    }

    /// `sp_runtime::generic::unchecked_extrinsic::UncheckedExtrinsic` as scale-info gives it: the
    /// opaque bytes (`Vec<u8>` in a tuple struct) with the parts named by the type parameters,
    /// which is where clients find the address and signature types.
    static func uncheckedExtrinsic(in registry: inout TypeRegistry) -> TypeID {
        let parameters = [
            TypeParameter("Address", MultiAddress.metadataType(in: &registry)),
            TypeParameter("Call", call(in: &registry)),
            TypeParameter("Signature", MultiSignature.metadataType(in: &registry)),
            TypeParameter("Extra", signedExtra(in: &registry)),
        ]
        return registry.composite(
            ["sp_runtime", "generic", "unchecked_extrinsic", "UncheckedExtrinsic"], parameters: parameters,
            docs: ["The extrinsic's encoding (format v4), opaque here; the parameters name its parts."]
        ) { r in [TypeField(nil, r.bytes())] }
    }

    /// The signed extensions of §1.3 in order, with what each puts in the extrinsic and in the
    /// signed payload only. Every extension outside the five the clients know is `()`/`()`.
    static func signedExtensions(in registry: inout TypeRegistry) -> [SignedExtensionMetadata] {
        let unit = registry.unit()
        let u32 = registry.primitive(.u32)
        let hash = H256.metadataType(in: &registry)
        let era = Era.metadataType(in: &registry)
        let nonce = registry.compact(of: u32)
        let tip = registry.compact(of: registry.primitive(.u64))
        return [
            SignedExtensionMetadata("CheckNonZeroSender", type: unit, additionalSigned: unit),
            SignedExtensionMetadata("CheckSpecVersion", type: unit, additionalSigned: u32),
            SignedExtensionMetadata("CheckTxVersion", type: unit, additionalSigned: u32),
            SignedExtensionMetadata("CheckGenesis", type: unit, additionalSigned: hash),
            SignedExtensionMetadata("CheckMortality", type: era, additionalSigned: hash),
            SignedExtensionMetadata("CheckNonce", type: nonce, additionalSigned: unit),
            SignedExtensionMetadata("CheckWeight", type: unit, additionalSigned: unit),
            SignedExtensionMetadata("ChargeTransactionPayment", type: tip, additionalSigned: unit),
            SignedExtensionMetadata("SubtensorSignedExtension", type: unit, additionalSigned: unit),
        ]
    }

    /// `SignedExtra`: the tuple of the extensions' extrinsic types.
    static func signedExtra(in registry: inout TypeRegistry) -> TypeID {
        let types = signedExtensions(in: &registry).map(\.type)
        return registry.tuple(types)
    }

    /// The extrinsic section of the metadata.
    static func extrinsic(in registry: inout TypeRegistry) -> ExtrinsicMetadata {
        let type = uncheckedExtrinsic(in: &registry)
        let extensions = signedExtensions(in: &registry)
        return ExtrinsicMetadata(
            type: type, address: MultiAddress.metadataType(in: &registry), call: call(in: &registry),
            signature: MultiSignature.metadataType(in: &registry), extra: signedExtra(in: &registry), signedExtensions: extensions)
    }
}
