import ChainTypes
import Hashing
import Primitives

/// A deterministic chain for exercising a `BlockStore`: from a seed, the genesis state and each
/// block's header, body and state changes, so that a test can recompute what a writer process
/// that it killed had committed.
///
/// Keys are a 32-byte prefix (like a pallet's storage prefix) followed by a decimal index, so
/// that key order differs from index order and some keys are prefixes of others ("…1" < "…10").
/// About a fifth of the changes delete a key; some values are empty (present, not deleted).
public struct StoreWorkload: Sendable {
    /// The generator's seed.
    public let seed: UInt64
    /// How many distinct keys blocks touch.
    public let keySpace: Int
    /// How many keys each block changes (at most `keySpace`).
    public let changesPerBlock: Int

    public init(seed: UInt64, keySpace: Int, changesPerBlock: Int) {
        precondition(keySpace > 0 && changesPerBlock > 0 && changesPerBlock <= keySpace)
        self.seed = seed
        self.keySpace = keySpace
        self.changesPerBlock = changesPerBlock
    }

    /// The key with index `index`.
    public func key(_ index: Int) -> [UInt8] {
        Self.prefix + Array(String(index).utf8)
    }

    private static let prefix: [UInt8] = Twox.hash128(Array("StoreWorkload".utf8)) + Twox.hash128(Array("Entries".utf8))

    /// The genesis state: every second key, in key order.
    public var genesisState: [(key: [UInt8], value: [UInt8])] {
        var random = SplitMix64(seed: seed)
        return stride(from: 0, to: keySpace, by: 2)
            .map { (key: key($0), value: Self.value(&random)) }
            .sorted { $0.key.lexicographicallyPrecedes($1.key) }
    }

    /// The genesis header (its state root is a stand-in, not a trie root).
    public var genesisHeader: Header {
        Header(parentHash: .zero, number: 0, stateRoot: stand(in: 0), extrinsicsRoot: .zero)
    }

    /// Block `number`'s header on top of `parent`.
    public func header(number: UInt32, parent: H256) -> Header {
        Header(parentHash: parent, number: number, stateRoot: stand(in: number), extrinsicsRoot: stand(in: ~number))
    }

    /// Block `number`'s body: one or two opaque extrinsics.
    public func body(number: UInt32) -> [[UInt8]] {
        var random = generator(number: number, stream: 1)
        let count = 1 + Int(random.next() % 2)
        return (0..<count).map { _ in Self.value(&random) + number.littleEndianBytes }
    }

    /// Block `number`'s state changes (`nil` deletes a key).
    public func changes(number: UInt32) -> [[UInt8]: [UInt8]?] {
        var random = generator(number: number, stream: 0)
        var changes: [[UInt8]: [UInt8]?] = [:]
        while changes.count < changesPerBlock {
            let index = Int(random.next() % UInt64(keySpace))
            changes[key(index)] = random.next() % 5 == 0 ? .some(nil) : .some(Self.value(&random))
        }
        return changes
    }

    /// Applies block `number`'s changes to `state`.
    public func apply(number: UInt32, to state: inout [[UInt8]: [UInt8]]) {
        for (key, value) in changes(number: number) {
            state[key] = value
        }
    }

    private func generator(number: UInt32, stream: UInt64) -> SplitMix64 {
        SplitMix64(seed: seed &+ UInt64(number) &* 0x9E37_79B9_7F4A_7C15 &+ stream &* 0xD1B5_4A32_D192_ED03)
    }

    private func stand(in number: UInt32) -> H256 {
        H256(bytes: Blake2b.hash256(seed.littleEndianBytes + number.littleEndianBytes))!
    }

    /// 0 to 40 random bytes (empty one time in 41).
    private static func value(_ random: inout SplitMix64) -> [UInt8] {
        let count = Int(random.next() % 41)
        return (0..<count).map { _ in UInt8(truncatingIfNeeded: random.next()) }
    }
}

extension FixedWidthInteger {
    fileprivate var littleEndianBytes: [UInt8] {
        withUnsafeBytes(of: littleEndian) { Array($0) }
    }
}
