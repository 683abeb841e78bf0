import Testing
import VectorSupport
@testable import Trie

/// Roots and root nodes asserted by Substrate's own test suites, reproduced with both the one-pass
/// `TrieRoot` and the incremental `MerkleTrie`. All of them use `StateVersion::default()`, which
/// is V1; their values are shorter than 33 bytes, so V0 gives the same roots.
@Suite struct SubstrateVectorTests {
    static let doeDogDogglesworth: [(key: [UInt8], value: [UInt8])] = [
        (utf8("doe"), utf8("reindeer")), (utf8("dog"), utf8("puppy")), (utf8("dogglesworth"), utf8("cat")),
    ]

    private func expectRoot(_ entries: [(key: [UInt8], value: [UInt8])], _ expected: String,
                            sourceLocation: SourceLocation = #_sourceLocation) {
        for layout in TrieLayout.allCases {
            #expect(hex(TrieRoot.compute(entries: entries, layout: layout)) == expected, sourceLocation: sourceLocation)
            var trie = MerkleTrie(layout: layout)
            for entry in entries.reversed() { trie[entry.key] = entry.value }
            #expect(hex(trie.root) == expected, sourceLocation: sourceLocation)
            var built = MerkleTrie(entries: entries, layout: layout)
            #expect(hex(built.root) == expected, sourceLocation: sourceLocation)
        }
    }

    /// polkadot-sdk `substrate/primitives/trie/src/lib.rs`, `codec_trie_empty`, and the empty
    /// root quoted in `shared/reference/substrate-interop.md` §E.
    @Test func emptyTrie() {
        #expect(TrieRoot.rootNode(entries: []) == [0x00])
        #expect(hex(TrieRoot.empty) == "03170a2e7597b7b7e3d84c05391d139a62b157e78786d8c082f29dcf4c111314")
        #expect(TrieRoot.compute(entries: []) == TrieRoot.empty)
        var trie = MerkleTrie()
        #expect(trie.root == TrieRoot.empty)
        #expect(orderedTrieRoot([[UInt8]]()) == TrieRoot.empty)
    }

    /// polkadot-sdk `substrate/primitives/trie/src/lib.rs`, `codec_trie_single_tuple`.
    @Test func singleTupleRootNode() {
        #expect(TrieRoot.rootNode(entries: pairs(([0xaa], [0xbb]))) == [0x42, 0xaa, 0x04, 0xbb])
    }

    /// polkadot-sdk `substrate/primitives/trie/src/lib.rs`, `codec_trie_two_tuples_disjoint_keys`.
    @Test func twoDisjointKeysRootNode() {
        let node = TrieRoot.rootNode(entries: pairs(([0x48, 0x19], [0xfe]), ([0x13, 0x14], [0xff])))
        #expect(node == [
            0x80, 0x12, 0x00,                      // branch without value, no partial; slots 1 and 4
            0x14, 0x43, 0x03, 0x14, 0x04, 0xff,    // slot 1: 5-byte leaf, 3 nibbles 3 1 4, value ff
            0x14, 0x43, 0x08, 0x19, 0x04, 0xfe,    // slot 4: 5-byte leaf, 3 nibbles 8 1 9, value fe
        ])
    }

    /// polkadot-sdk `substrate/primitives/state-machine/src/basic.rs`, `commit_should_work`.
    @Test func basicExternalitiesCommit() {
        expectRoot(Self.doeDogDogglesworth, "39245109cef3758c2eed2ccba8d9b370a917850af3824bc8348d505df2c298fa")
    }

    /// polkadot-sdk `substrate/primitives/state-machine/src/testing.rs`, `commit_should_work`:
    /// `TestExternalities` also stores an empty `:code`.
    @Test func testExternalitiesCommit() {
        expectRoot([(utf8(":code"), [])] + Self.doeDogDogglesworth,
                   "ed4d8c799d996add422395a6abd7545491d40bd838d738afafa1b8a4de625489")
    }

    /// polkadot-sdk `substrate/primitives/state-machine/src/overlayed_changes/mod.rs`,
    /// `overlayed_storage_root_works`, replayed as the same sequence of writes on a `MerkleTrie`.
    @Test func overlayedStorageRoot() {
        for layout in TrieLayout.allCases {
            var trie = MerkleTrie(entries: [
                (utf8("doe"), utf8("reindeer")), (utf8("dog"), utf8("puppyXXX")),
                (utf8("dogglesworth"), utf8("catXXX")), (utf8("doug"), utf8("notadog")),
            ], layout: layout)
            _ = trie.root
            trie[utf8("dog")] = utf8("puppy")
            trie[utf8("dogglesworth")] = utf8("catYYY")
            trie[utf8("doug")] = []
            _ = trie.root
            trie[utf8("dogglesworth")] = utf8("cat")
            trie[utf8("doug")] = nil
            #expect(hex(trie.root) == "39245109cef3758c2eed2ccba8d9b370a917850af3824bc8348d505df2c298fa")
            #expect(hex(trie.root) == "39245109cef3758c2eed2ccba8d9b370a917850af3824bc8348d505df2c298fa")
            trie[utf8("doug2")] = utf8("yes")
            #expect(hex(trie.root) == "5c0a4e35cb967de785e1cb8743e6f24b6ff6d45155317f2078f6eb3fc4ff3e3d")
            #expect(trie.invariantViolations().isEmpty)
        }
        expectRoot(Self.doeDogDogglesworth + [(utf8("doug2"), utf8("yes"))],
                   "5c0a4e35cb967de785e1cb8743e6f24b6ff6d45155317f2078f6eb3fc4ff3e3d")
    }

    /// polkadot-sdk `substrate/primitives/state-machine/src/overlayed_changes/mod.rs`,
    /// `overlayed_child_storage_root_works`: the child trie's root, then the top trie holding
    /// that root under `:child_storage:default:` ‖ `Child1`.
    @Test func overlayedChildStorageRoot() {
        var child = MerkleTrie()
        for byte: UInt8 in [20, 30, 40] { child[[byte]] = [byte] }
        _ = child.root
        child[[10]] = [10]
        child[[30]] = nil
        let childRoot = child.root
        #expect(hex(childRoot) == "c02965e1df4dc5baf6977390ce67dab1d7a9b27a87c1afe27b50d29cc990e0f5")
        expectRoot([(utf8(":child_storage:default:Child1"), childRoot.bytes)],
                   "eafb765909c3ed5afd92a0c564acf4620d0234b31702e8e8e9b48da72a748838")
    }
}
