import Hashing
import Primitives
import SCALECodec

/// A block header (`sp_runtime::generic::Header<u32, BlakeTwo256>`); its hash is the block hash.
public struct Header: Equatable, Sendable, SCALECodable {
    /// The parent block's hash (zero for genesis).
    public var parentHash: H256
    /// The block number (SCALE `Compact<u32>`).
    public var number: UInt32
    /// The state trie root after the block.
    public var stateRoot: H256
    /// The trie root of the block's extrinsics.
    public var extrinsicsRoot: H256
    /// Consensus digests (Aura slot, seal, …).
    public var digest: [DigestItem]

    public init(parentHash: H256, number: UInt32, stateRoot: H256, extrinsicsRoot: H256, digest: [DigestItem] = []) {
        self.parentHash = parentHash
        self.number = number
        self.stateRoot = stateRoot
        self.extrinsicsRoot = extrinsicsRoot
        self.digest = digest
    }

    /// `blake2_256(SCALE(header))`.
    public var hash: H256 { H256(bytes: Blake2b.hash256(scaleEncoded()))! }

    public func encode(to encoder: inout SCALEEncoder) {
        parentHash.encode(to: &encoder)
        encoder.encodeCompact(number)
        stateRoot.encode(to: &encoder)
        extrinsicsRoot.encode(to: &encoder)
        digest.encode(to: &encoder)
    }

    public init(from decoder: inout SCALEDecoder) throws {
        parentHash = try decoder.decode(H256.self)
        number = try decoder.decodeCompact(as: UInt32.self)
        stateRoot = try decoder.decode(H256.self)
        extrinsicsRoot = try decoder.decode(H256.self)
        digest = try decoder.decode([DigestItem].self)
    }
}
