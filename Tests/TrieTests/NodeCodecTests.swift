import SCALECodec
import Testing
import VectorSupport
@testable import Trie

/// Tiny tries whose node bytes are derived by hand from sp-trie's codec rules
/// (`substrate/primitives/trie/src/{node_header,node_codec,trie_stream}.rs`):
///
/// * header: leaf `01|count`, branch without value `10|count`, branch with value `11|count`
///   (6-bit count field); leaf with hashed value `001|count` (5 bits); branch with hashed value
///   `0001|count` (4 bits). A count ≥ the field maximum stores the maximum, then the excess as
///   `0xff…` continuation bytes ending in a byte below 255.
/// * partial key: an odd nibble count puts the first nibble alone in the low half of a byte.
/// * branch: header ‖ partial ‖ u16 LE bitmap ‖ value ‖ children, each `Compact(len) ‖ bytes`
///   (inline when the child's encoding is under 32 bytes) or `0x80 ‖ blake2_256(child)`.
/// * value: `Compact(len) ‖ bytes`, or in V1 for 33+ bytes the bare 32-byte `blake2_256(value)`.
@Suite struct NodeCodecTests {
    private func rootNode(_ entries: [(key: [UInt8], value: [UInt8])], _ layout: TrieLayout) -> [UInt8] {
        TrieRoot.rootNode(entries: entries, layout: layout)
    }

    /// The root hash is always `blake2_256(root node)`, for both builders.
    private func expectRootMatchesNode(_ entries: [(key: [UInt8], value: [UInt8])], _ layout: TrieLayout) {
        let node = rootNode(entries, layout)
        #expect(TrieRoot.compute(entries: entries, layout: layout) == TrieHash.of(node))
        var trie = MerkleTrie(entries: entries, layout: layout)
        #expect(trie.root == TrieHash.of(node))
    }

    /// Key `01 23` (4 nibbles), a 33-byte value: the V1 threshold.
    /// V1: hashed-value leaf `001|00100` = 0x24, partial `01 23`, blake2_256(value).
    /// V0: leaf `01|000100` = 0x44, partial `01 23`, Compact(33) = 0x84, the 33 bytes.
    @Test func leafAtTheHashingThreshold() {
        let value = [UInt8](repeating: 0x11, count: 33)
        let entries = [(key: [UInt8]([0x01, 0x23]), value: value)]
        #expect(rootNode(entries, .v1) == [0x24, 0x01, 0x23] + TrieHash.of(value).bytes)
        #expect(rootNode(entries, .v0) == [0x44, 0x01, 0x23, 0x84] + value)
        expectRootMatchesNode(entries, .v1)
        expectRootMatchesNode(entries, .v0)
    }

    /// A 32-byte value stays inline in V1: 0x44, `01 23`, Compact(32) = 0x80, the 32 bytes.
    @Test func leafJustBelowTheThreshold() {
        let value = [UInt8](repeating: 0x22, count: 32)
        let entries = [(key: [UInt8]([0x01, 0x23]), value: value)]
        #expect(rootNode(entries, .v1) == [0x44, 0x01, 0x23, 0x80] + value)
        #expect(rootNode(entries, .v0) == rootNode(entries, .v1))
    }

    /// Keys `12`, `12 34`, `12 56`; the first holds a 40-byte value.
    /// Root: a branch with value, partial `1 2`, children at nibbles 3 and 5 (bitmap 0x0028).
    /// Each child is a leaf with a 1-nibble partial (4 or 6) and value 01 / 02:
    /// `41 04 04 01`, 4 bytes, inlined as `10 41 04 04 01` (Compact(4) = 0x10).
    /// V1 header: hashed-value branch `0001|0010` = 0x12, value = its hash.
    /// V0 header: branch with value `11|000010` = 0xc2, value = Compact(40) = 0xa0 ‖ 40 bytes.
    @Test func branchWithHashedValue() {
        let long = [UInt8](repeating: 0xaa, count: 40)
        let entries = pairs(([0x12], long), ([0x12, 0x34], [0x01]), ([0x12, 0x56], [0x02]))
        let children: [UInt8] = [0x10, 0x41, 0x04, 0x04, 0x01, 0x10, 0x41, 0x06, 0x04, 0x02]
        #expect(rootNode(entries, .v1) == [0x12, 0x12, 0x28, 0x00] + TrieHash.of(long).bytes + children)
        #expect(rootNode(entries, .v0) == [0xc2, 0x12, 0x28, 0x00, 0xa0] + long + children)
        expectRootMatchesNode(entries, .v1)
        expectRootMatchesNode(entries, .v0)
    }

    /// Keys `12 34` and `12 35` share 3 nibbles: a branch without value `10|000011` = 0x83 with the
    /// odd partial `1 2 3` packed as `01 23`, children at 4 and 5 (bitmap 0x0030), each a leaf
    /// with an empty partial: `40 04 aa` inlined as `0c 40 04 aa`.
    @Test func branchWithOddPartialKey() {
        let entries: [(key: [UInt8], value: [UInt8])] = [([0x12, 0x34], [0xaa]), ([0x12, 0x35], [0xbb])]
        let expected: [UInt8] = [
            0x83, 0x01, 0x23, 0x30, 0x00, 0x0c, 0x40, 0x04, 0xaa, 0x0c, 0x40, 0x04, 0xbb,
        ]
        #expect(rootNode(entries, .v1) == expected)
        expectRootMatchesNode(entries, .v1)
    }

    /// Keys `10` and `20` with 30-byte values: each child leaf is `41 00 78 ‖ 30 bytes` (partial
    /// nibble 0, Compact(30) = 0x78), 33 bytes, so the branch refers to it as `80 ‖ blake2_256`.
    @Test func largeChildrenAreReferencedByHash() {
        let a = [UInt8](repeating: 0x0a, count: 30), b = [UInt8](repeating: 0x0b, count: 30)
        let entries: [(key: [UInt8], value: [UInt8])] = [([0x10], a), ([0x20], b)]
        let childA: [UInt8] = [0x41, 0x00, 0x78] + a
        let childB: [UInt8] = [0x41, 0x00, 0x78] + b
        let expected: [UInt8] =
            [0x80, 0x06, 0x00] + [0x80] + TrieHash.of(childA).bytes + [0x80] + TrieHash.of(childB).bytes
        #expect(rootNode(entries, .v1) == expected)
        var slots = [ChildReference?](repeating: nil, count: 16)
        slots[1] = ChildReference(encodedNode: childA)
        slots[2] = ChildReference(encodedNode: childB)
        #expect(slots[1] == .hash(TrieHash.of(childA)))
        #expect(NodeCodec.branch(partial: [], value: nil, children: slots, layout: .v1) == expected)
        expectRootMatchesNode(entries, .v1)
    }

    /// The empty key is a leaf with no partial key: `40 ‖ Compact(1) ‖ 07`.
    @Test func emptyKey() {
        #expect(rootNode(pairs(([], [0x07])), .v1) == [0x40, 0x04, 0x07])
        #expect(NodeCodec.leaf(partial: [], value: [0x07], layout: .v1) == [0x40, 0x04, 0x07])
    }

    /// A 32-byte key is 64 nibbles: leaf header `7f 01` (63 in the field, 1 more), then the key.
    @Test func longPartialKeyUsesContinuationBytes() {
        let key = [UInt8](repeating: 0x5a, count: 32)
        #expect(rootNode(pairs((key, [0x01])), .v1) == [0x7f, 0x01] + key + [0x04, 0x01])
        let longValue = [UInt8](repeating: 0x01, count: 40)
        // Hashed-value leaf: 5-bit field, 31 in the field + 33 = `3f 21`.
        #expect(rootNode(pairs((key, longValue)), .v1) == [0x3f, 0x21] + key + TrieHash.of(longValue).bytes)
        expectRootMatchesNode(pairs((key, longValue)), .v1)
    }

    @Test(arguments: [
        // (header, expected bytes)
        (NodeHeader.leaf(nibbleCount: 0), [0x40]),
        (.leaf(nibbleCount: 62), [0x7e]),
        (.leaf(nibbleCount: 63), [0x7f, 0x00]),
        (.leaf(nibbleCount: 64), [0x7f, 0x01]),
        (.leaf(nibbleCount: 317), [0x7f, 0xfe]),
        (.leaf(nibbleCount: 318), [0x7f, 0xff, 0x00]),
        (.leaf(nibbleCount: 63 + 255 * 2 + 7), [0x7f, 0xff, 0xff, 0x07]),
        (.branch(hasValue: false, nibbleCount: 5), [0x85]),
        (.branch(hasValue: false, nibbleCount: 63), [0xbf, 0x00]),
        (.branch(hasValue: true, nibbleCount: 5), [0xc5]),
        (.branch(hasValue: true, nibbleCount: 100), [0xff, 0x25]),
        (.hashedValueLeaf(nibbleCount: 30), [0x3e]),
        (.hashedValueLeaf(nibbleCount: 31), [0x3f, 0x00]),
        (.hashedValueLeaf(nibbleCount: 64), [0x3f, 0x21]),
        (.hashedValueBranch(nibbleCount: 14), [0x1e]),
        (.hashedValueBranch(nibbleCount: 15), [0x1f, 0x00]),
        (.hashedValueBranch(nibbleCount: 16), [0x1f, 0x01]),
        (.hashedValueBranch(nibbleCount: 15 + 255), [0x1f, 0xff, 0x00]),
        (.empty, [0x00]),
    ] as [(NodeHeader, [UInt8])])
    func headerBytes(_ header: NodeHeader, _ expected: [UInt8]) throws {
        #expect(header.encoded == expected)
        var decoder = SCALEDecoder(expected)
        #expect(try NodeHeader(from: &decoder) == header)
        #expect(decoder.isAtEnd)
    }

    /// `0b0000_xxxx` other than 0x00 names no node kind (sp-trie: "Unallowed encoding").
    @Test func reservedHeaderBytesAreRejected() {
        for byte: UInt8 in [0x01, 0x05, 0x0f] {
            var decoder = SCALEDecoder([byte])
            #expect(throws: SCALEDecodingError.self) { try NodeHeader(from: &decoder) }
        }
    }

    @Test func nibblePacking() {
        var encoder = SCALEEncoder()
        Nibbles.appendPartial([0x0a], to: &encoder)
        Nibbles.appendPartial([0x0a, 0x07], to: &encoder)
        Nibbles.appendPartial([0x01, 0x02, 0x03], to: &encoder)
        #expect(encoder.takeBytes() == [0x0a, 0xa7, 0x01, 0x23])
        var fromKey = SCALEEncoder()
        let key: [UInt8] = [0x12, 0x34, 0x56]
        Nibbles.appendPartial(of: key, from: 1, to: 6, to: &fromKey)   // 2 3 4 5 6
        Nibbles.appendPartial(of: key, from: 1, to: 5, to: &fromKey)   // 2 3 4 5
        Nibbles.appendPartial(of: key, from: 2, to: 6, to: &fromKey)   // 3 4 5 6
        #expect(fromKey.takeBytes() == [0x02, 0x34, 0x56, 0x23, 0x45, 0x34, 0x56])
        #expect(Nibbles.commonPrefix([0x12, 0x34], [0x12, 0x35], from: 0) == 3)
        #expect(Nibbles.commonPrefix([0x12, 0x34], [0x12, 0x34, 0x00], from: 1) == 4)
        #expect(Nibbles.commonPrefix([0x12], [0x22], from: 0) == 0)
        #expect(Nibbles.commonPrefix([0x12], [0x13], from: 1) == 1)
        #expect(Nibbles.unpack([0xab, 0xcd], from: 1, to: 3) == [0x0b, 0x0c])
        #expect(Nibbles.pack([0x0a, 0x0b, 0x0c, 0x0d]) == [0xab, 0xcd])
    }

    @Test func layoutsFromStateVersions() {
        #expect(TrieLayout(stateVersion: 0) == .v0)
        #expect(TrieLayout(stateVersion: 1) == .v1)
        #expect(TrieLayout(stateVersion: 2) == nil)
        #expect(TrieLayout.v0.valueHashingThreshold == nil && TrieLayout.v1.valueHashingThreshold == 33)
        #expect(!TrieLayout.v1.storesHashedValue(length: 32) && TrieLayout.v1.storesHashedValue(length: 33))
        #expect(!TrieLayout.v0.storesHashedValue(length: 1000))
    }

    @Test func hashBytesRoundTrip() {
        let bytes = (0..<32).map { UInt8($0 * 7 & 0xff) }
        #expect(TrieHash(bytes).bytes == bytes)
        #expect(TrieHash(bytes).description == "0x" + hexString(bytes))
        var encoder = SCALEEncoder()
        TrieHash(bytes).encode(to: &encoder)
        #expect(encoder.takeBytes() == bytes)
    }
}
