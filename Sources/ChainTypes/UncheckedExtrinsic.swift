import Hashing
import Keys
import Primitives
import SCALECodec

/// An extrinsic as it travels and is stored (format version 4):
/// `Compact(len) ‖ version ‖ [address ‖ signature ‖ extra] ‖ call`, the version byte `0x84` when
/// signed and `0x04` when not. The call stays as bytes here; the runtime decodes it.
public struct UncheckedExtrinsic: Equatable, Sendable, SCALECodable {
    /// The signature part of a signed extrinsic.
    public struct Signature: Equatable, Sendable {
        public var address: MultiAddress
        public var signature: MultiSignature
        public var extra: SignedExtra

        public init(address: MultiAddress, signature: MultiSignature, extra: SignedExtra) {
            self.address = address
            self.signature = signature
            self.extra = extra
        }
    }

    /// The extrinsic format version.
    public static let version: UInt8 = 4

    /// The signature, or `nil` for unsigned extrinsics and inherents.
    public var signature: Signature?
    /// The encoded call: `pallet index ‖ call index ‖ arguments`.
    public var call: [UInt8]

    public init(signature: Signature?, call: [UInt8]) {
        self.signature = signature
        self.call = call
    }

    /// An unsigned extrinsic (inherent) carrying `call`.
    public static func unsigned(_ call: [UInt8]) -> UncheckedExtrinsic {
        UncheckedExtrinsic(signature: nil, call: call)
    }

    /// Signs `call` with `signer` for a chain described by `additional`.
    public static func signed(
        _ call: [UInt8], by signer: Keypair, extra: SignedExtra, additional: AdditionalSigned
    ) -> UncheckedExtrinsic {
        let message = SignaturePayload.message(call: call, extra: extra, additional: additional)
        let signature = MultiSignature(signer.sign(message), scheme: signer.scheme)
        return UncheckedExtrinsic(
            signature: Signature(address: .id(signer.accountID), signature: signature, extra: extra), call: call)
    }

    /// Whether the signature is valid for this call under `additional` (always `true` when unsigned).
    public func verifySignature(additional: AdditionalSigned) -> Bool {
        guard let signature else { return true }
        let message = SignaturePayload.message(call: call, extra: signature.extra, additional: additional)
        return signature.signature.verify(message, publicKey: signature.address.accountID.bytes)
    }

    /// `blake2_256` of the full encoding (length prefix included): what clients track.
    public var hash: H256 { H256(bytes: Blake2b.hash256(scaleEncoded()))! }

    public func encode(to encoder: inout SCALEEncoder) {
        var body = SCALEEncoder()
        if let signature {
            body.appendByte(0x80 | Self.version)
            signature.address.encode(to: &body)
            signature.signature.encode(to: &body)
            signature.extra.encode(to: &body)
        } else {
            body.appendByte(Self.version)
        }
        body.appendBytes(call)
        let bytes = body.takeBytes()
        encoder.encodeCompactLength(bytes.count)
        encoder.appendBytes(bytes)
    }

    public init(from decoder: inout SCALEDecoder) throws {
        let length = try decoder.decodeCompactLength(of: UncheckedExtrinsic.self, minimumElementLength: 1)
        let body = try decoder.readBytes(length, decoding: UncheckedExtrinsic.self)
        var inner = SCALEDecoder(Array(body))
        let versionByte = try inner.readByte(decoding: UncheckedExtrinsic.self)
        guard versionByte & 0x7f == Self.version else {
            throw inner.invalidValue("unsupported extrinsic version \(versionByte & 0x7f)", of: UncheckedExtrinsic.self, at: 0)
        }
        if versionByte & 0x80 != 0 {
            signature = Signature(
                address: try inner.decode(MultiAddress.self),
                signature: try inner.decode(MultiSignature.self),
                extra: try inner.decode(SignedExtra.self))
        } else {
            signature = nil
        }
        call = Array(try inner.readBytes(inner.remainingCount, decoding: UncheckedExtrinsic.self))
        guard call.count >= 2 else {
            throw inner.invalidValue("a call needs at least a pallet and a call index", of: UncheckedExtrinsic.self)
        }
    }
}
