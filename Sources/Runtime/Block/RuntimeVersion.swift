import Hashing
import SCALECodec

/// `sp_version::RuntimeVersion` of this runtime: names, versions and the runtime APIs it
/// implements (each as `blake2_64(trait name)` and a version).
public struct RuntimeVersion: Equatable, Sendable, SCALEEncodable {
    public var specName: String
    public var implName: String
    public var authoringVersion: UInt32
    public var specVersion: UInt32
    public var implVersion: UInt32
    /// `(api name, version)`, e.g. `("Core", 4)`.
    public var apis: [(name: String, version: UInt32)]
    public var transactionVersion: UInt32
    public var stateVersion: UInt8

    public static func == (a: RuntimeVersion, b: RuntimeVersion) -> Bool {
        a.specName == b.specName && a.specVersion == b.specVersion && a.implVersion == b.implVersion
            && a.transactionVersion == b.transactionVersion && a.apis.map(\.name) == b.apis.map(\.name)
    }

    /// This runtime's version (spec 127; the API versions of polkadot-v0.9.39).
    public static let current = RuntimeVersion(
        specName: Runtime.specName, implName: Runtime.specName, authoringVersion: Runtime.authoringVersion,
        specVersion: Runtime.specVersion, implVersion: Runtime.implVersion,
        apis: [
            ("Core", 4), ("Metadata", 2), ("BlockBuilder", 6), ("TaggedTransactionQueue", 3), ("OffchainWorkerApi", 2),
            ("AuraApi", 1), ("SessionKeys", 1), ("GrandpaApi", 3), ("AccountNonceApi", 1), ("TransactionPaymentApi", 3),
            ("TransactionPaymentCallApi", 3), ("DelegateInfoRuntimeApi", 1), ("NeuronInfoRuntimeApi", 1),
            ("SubnetInfoRuntimeApi", 1), ("StakeInfoRuntimeApi", 1),
        ],
        transactionVersion: Runtime.transactionVersion, stateVersion: Runtime.stateVersion)

    /// `blake2_64` of an API's trait name: its id in `apis`.
    public static func apiID(_ name: String) -> [UInt8] { Blake2b.hash(Array(name.utf8), outputLength: 8) }

    public func encode(to encoder: inout SCALEEncoder) {
        encoder.encode(specName)
        encoder.encode(implName)
        encoder.encode(authoringVersion)
        encoder.encode(specVersion)
        encoder.encode(implVersion)
        encoder.encodeCompactLength(apis.count)
        for api in apis {
            encoder.appendBytes(Self.apiID(api.name))
            encoder.encode(api.version)
        }
        encoder.encode(transactionVersion)
        encoder.encode(stateVersion)
    }
}
