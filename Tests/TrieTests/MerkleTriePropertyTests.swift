import Primitives
import Testing
@testable import Trie

/// `MerkleTrie.root` after any sequence of inserts, updates and removals equals
/// `TrieRoot.compute` of the same entries, and the trie keeps its shape rules and clean caches.
@Suite struct MerkleTriePropertyTests {
    /// Keys drawn to collide: a few shared prefixes (including the empty one) with short suffixes
    /// over a small alphabet, so keys are often prefixes of one another. Values straddle the V1
    /// threshold (32 / 33 bytes) and the inline-child limit.
    private func randomKey(_ rng: inout SplitMix64, prefixes: [[UInt8]]) -> [UInt8] {
        let prefix = prefixes[Int.random(in: 0..<prefixes.count, using: &rng)]
        let suffixLength = Int.random(in: 0...3, using: &rng)
        let alphabet: [UInt8] = [0x00, 0x01, 0x10, 0x11, 0xf0, 0xff]
        return prefix + (0..<suffixLength).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &rng)] }
    }

    private func randomValue(_ rng: inout SplitMix64) -> [UInt8] {
        let lengths = [0, 1, 2, 20, 28, 31, 32, 33, 34, 64, 80]
        return rng.bytes(lengths[Int.random(in: 0..<lengths.count, using: &rng)])
    }

    @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8] as [UInt64], TrieLayout.allCases)
    func incrementalRootMatchesClosedForm(seed: UInt64, layout: TrieLayout) {
        var rng = SplitMix64(seed: seed)
        let prefixes: [[UInt8]] = [[]] + (0..<3).map { _ in rng.bytes(Int.random(in: 1...4, using: &rng)) }
        var trie = MerkleTrie(layout: layout)
        var model: [[UInt8]: [UInt8]] = [:]
        var snapshots: [(trie: MerkleTrie, model: [[UInt8]: [UInt8]])] = []
        for step in 0..<400 {
            let key = randomKey(&rng, prefixes: prefixes)
            if Int.random(in: 0..<3, using: &rng) == 0 {
                #expect(trie.removeValue(forKey: key) == model.removeValue(forKey: key))
            } else {
                let value = randomValue(&rng)
                #expect(trie.updateValue(value, forKey: key) == model.updateValue(value, forKey: key))
            }
            if step % 7 == 0 {
                let expected = TrieRoot.compute(entries: entries(model), layout: layout)
                #expect(trie.root == expected, "seed \(seed) step \(step)")
            }
            if step % 50 == 0 {
                #expect(trie.invariantViolations() == [], "seed \(seed) step \(step)")
                snapshots.append((trie, model))
            }
        }
        #expect(trie.count == model.count)
        #expect(Array(trie).map(\.key) == model.keys.sorted { SortedEntries.less($0, $1) })
        #expect(trie.root == TrieRoot.compute(entries: entries(model), layout: layout))
        #expect(trie.invariantViolations() == [])
        // Every snapshot still has the root of its own entries.
        for var snapshot in snapshots {
            #expect(snapshot.trie.root == TrieRoot.compute(entries: entries(snapshot.model), layout: layout))
        }
        // Building from the entries at once gives the same trie.
        var built = MerkleTrie(entries: entries(model), layout: layout)
        #expect(built.root == trie.root)
        #expect(built.invariantViolations() == [])
    }

    /// State-like data: 32-byte hashed keys under a handful of 32-byte pallet prefixes, values of
    /// 8 ... 80 bytes, then a block's worth of updates, inserts and removals.
    @Test(arguments: TrieLayout.allCases)
    func stateSizedBatch(layout: TrieLayout) {
        var rng = SplitMix64(seed: 42)
        let pallets = (0..<4).map { _ in rng.bytes(32) }
        var model: [[UInt8]: [UInt8]] = [:]
        for _ in 0..<3000 {
            let key = pallets[Int.random(in: 0..<4, using: &rng)] + rng.bytes(32)
            model[key] = rng.bytes(Int.random(in: 8...80, using: &rng))
        }
        var trie = MerkleTrie(entries: entries(model), layout: layout)
        #expect(trie.root == TrieRoot.compute(entries: entries(model), layout: layout))
        let keys = Array(model.keys)
        for index in stride(from: 0, to: 600, by: 1) {
            let key = keys[(index * 7919) % keys.count]
            if index % 5 == 0 {
                trie[key] = nil
                model[key] = nil
            } else {
                let value = rng.bytes(Int.random(in: 8...80, using: &rng))
                trie[key] = value
                model[key] = value
            }
            if index % 3 == 0 {
                let fresh = pallets[index % 4] + rng.bytes(32)
                trie[fresh] = [UInt8(index & 0xff)]
                model[fresh] = [UInt8(index & 0xff)]
            }
        }
        #expect(trie.root == TrieRoot.compute(entries: entries(model), layout: layout))
        #expect(trie.invariantViolations() == [])
    }
}
