import Testing
@testable import Trie

@Suite struct MerkleTrieTests {
    @Test func insertLookupUpdateRemove() {
        var trie = MerkleTrie()
        #expect(trie.isEmpty)
        #expect(trie.updateValue([1], forKey: [0xab]) == nil)
        #expect(trie.updateValue([2], forKey: [0xab, 0xcd]) == nil)
        #expect(trie.updateValue([3], forKey: [0xab]) == [1])
        #expect(trie.count == 2)
        #expect(trie[[0xab]] == [3])
        #expect(trie[[0xab, 0xcd]] == [2])
        #expect(trie[[0xab, 0xce]] == nil)
        #expect(trie[[0xa0]] == nil)
        #expect(trie[[]] == nil)
        #expect(trie.removeValue(forKey: [0xab, 0xce]) == nil)
        #expect(trie.removeValue(forKey: [0xab]) == [3])
        #expect(trie.count == 1)
        #expect(trie.invariantViolations().isEmpty)
        #expect(trie.root == TrieRoot.compute(entries: pairs(([0xab, 0xcd], [2]))))
        trie[[0xab, 0xcd]] = nil
        #expect(trie.isEmpty && trie.count == 0)
        #expect(trie.root == TrieRoot.empty)
    }

    @Test func iteratesInKeyOrder() {
        let keys: [[UInt8]] = [[], [0x00], [0x00, 0x01], [0x01], [0x10], [0xff, 0xff], [0x0f], [0xf0]]
        var trie = MerkleTrie()
        for (index, key) in keys.enumerated() { trie[key] = [UInt8(index)] }
        let expected = keys.sorted { SortedEntries.less($0, $1) }
        #expect(trie.map(\.key) == expected)
        #expect(trie.map(\.value) == expected.map { trie[$0]! })
    }

    /// Copies share nodes; changing one leaves the other's entries and root as they were.
    @Test func copiesAreIndependentSnapshots() {
        var original = MerkleTrie(
            entries: (0..<200).map { (key: [UInt8($0 / 16), UInt8($0 % 16)], value: [UInt8($0)]) })
        let rootBefore = original.root
        var snapshot = original
        for index in 0..<50 { original[[UInt8(index / 16), UInt8(index % 16)]] = nil }
        original[[0x77]] = Array(repeating: 9, count: 40)
        #expect(snapshot.root == rootBefore)
        #expect(snapshot.count == 200)
        #expect(original.count == 151)
        #expect(original.root == TrieRoot.compute(entries: Array(original)))
        #expect(snapshot.invariantViolations().isEmpty)
        #expect(original.invariantViolations().isEmpty)
        snapshot[[0x00, 0x00]] = [0xee]
        #expect(snapshot.root == TrieRoot.compute(entries: Array(snapshot)))
        #expect(original[[0x00, 0x00]] == nil)
    }

    /// Writing the value a key already has keeps every cached hash.
    @Test func rewritingTheSameValueKeepsCaches() {
        var trie = MerkleTrie(entries: pairs(([1, 2], [3]), ([1, 3], [4])))
        _ = trie.root
        trie[[1, 2]] = [3]
        #expect(trie.top?.reference != nil)
        trie[[1, 2]] = [5]
        #expect(trie.top?.reference == nil)
    }

    /// Removing keys merges valueless single-child branches back into their child.
    @Test func removalRestoresTheShapeRules() {
        var trie = MerkleTrie(layout: .v0)
        let keys: [[UInt8]] = [[0x12], [0x12, 0x34], [0x12, 0x35], [0x12, 0x35, 0x67], [0x13]]
        for key in keys { trie[key] = key }
        for key in keys.reversed() {
            trie[key] = nil
            #expect(trie.invariantViolations().isEmpty)
            #expect(trie.root == TrieRoot.compute(entries: Array(trie), layout: .v0))
        }
        #expect(trie.top == nil)
    }

    @Test func applyBatch() {
        var trie = MerkleTrie(entries: pairs(([1], [1]), ([2], [2])))
        let changes: [(key: [UInt8], value: [UInt8]?)] = [([1], nil), ([3], [3]), ([2], [22])]
        trie.apply(changes)
        #expect(Array(trie).map(\.key) == [[2], [3]])
        #expect(trie[[2]] == [22])
    }

    @Test func duplicateKeysKeepTheLastValue() {
        let entries: [(key: [UInt8], value: [UInt8])] = [([5], [1]), ([4], [0]), ([5], [2])]
        #expect(TrieRoot.compute(entries: entries) == TrieRoot.compute(entries: pairs(([4], [0]), ([5], [2]))))
        let trie = MerkleTrie(entries: entries)
        #expect(trie[[5]] == [2] && trie.count == 2)
    }
}
