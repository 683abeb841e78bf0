import Foundation
import Testing
import VectorSupport
@testable import Trie

struct ExtrinsicsRootVectors: Decodable {
    struct Block: Decodable, CustomTestStringConvertible {
        let chain: String
        let source: String
        let number: Int
        let extrinsicsRoot: String
        let extrinsics: [String]
        var testDescription: String { "\(chain) #\(number)" }
    }
    let blocks: [Block]

    static func load() throws -> [Block] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Vectors/extrinsics_roots.json")
        return try JSONDecoder().decode(Self.self, from: Data(contentsOf: url)).blocks
    }
}

@Suite struct OrderedTrieRootTests {
    static let blocks = (try? ExtrinsicsRootVectors.load()) ?? []

    @Test func vectorsLoad() {
        #expect(Self.blocks.count == 2)
    }

    /// Real Polkadot and Kusama blocks (runtimes with `system_version: 0`): the header's
    /// `extrinsicsRoot` is the V0 ordered root of the encoded extrinsics, length prefixes included.
    /// Sources: `Tests/TrieTests/Vectors/extrinsics_roots.json`.
    @Test(arguments: blocks)
    func extrinsicsRootOfRealBlock(_ block: ExtrinsicsRootVectors.Block) {
        let extrinsics = block.extrinsics.map(hexBytes)
        #expect(orderedTrieRoot(extrinsics, layout: .v0).bytes == hexBytes(block.extrinsicsRoot))
        // The same extrinsics under V1 hash every extrinsic of 33 bytes or more, so the root moves.
        if extrinsics.contains(where: { $0.count >= 33 }) {
            #expect(orderedTrieRoot(extrinsics, layout: .v1).bytes != hexBytes(block.extrinsicsRoot))
        }
        var trie = MerkleTrie(layout: .v0)
        for (index, extrinsic) in extrinsics.enumerated() { trie[compactKey(index)] = extrinsic }
        #expect(trie.root.bytes == hexBytes(block.extrinsicsRoot))
    }

    /// Keys are `Compact<u32>` of the index: one byte below 64, two bytes below 2^14.
    @Test func keysAreCompactIndices() {
        let values = (0..<70).map { [UInt8(truncatingIfNeeded: $0)] }
        let explicit = values.enumerated().map { (key: compactKey($0.offset), value: $0.element) }
        #expect(compactKey(0) == [0x00])
        #expect(compactKey(1) == [0x04])
        #expect(compactKey(63) == [0xfc])
        #expect(compactKey(64) == [0x01, 0x01])
        #expect(orderedTrieRoot(values) == TrieRoot.compute(entries: explicit))
    }

    private func compactKey(_ index: Int) -> [UInt8] {
        index < 64 ? [UInt8(index << 2)] : [UInt8(truncatingIfNeeded: index << 2 | 1), UInt8(index >> 6)]
    }
}
