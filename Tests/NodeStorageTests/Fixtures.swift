import ChainTypes
import Foundation
import NodeStorage
import Primitives

/// Small helpers shared by the NodeStorage tests.
enum Fixtures {
    static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    static func hash(_ byte: UInt8) -> H256 { H256(bytes: [UInt8](repeating: byte, count: 32))! }

    static var genesis: Header {
        Header(parentHash: .zero, number: 0, stateRoot: hash(1), extrinsicsRoot: hash(2))
    }

    /// A header on top of `parent` with a distinguishable state root.
    static func header(after parent: Header, root: UInt8 = 0xAA) -> Header {
        Header(
            parentHash: parent.hash, number: parent.number + 1, stateRoot: hash(root),
            extrinsicsRoot: .zero, digest: [.preRuntime(engine: DigestItem.aura, data: [UInt8(truncatingIfNeeded: parent.number)])]
        )
    }

    /// A fresh directory under the temporary directory, removed by `cleanUp`.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("nodestorage-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Every live key after a block, walked through `StorageReader.key(after:)` from the empty key.
    static func walk(_ reader: BlockStateReader) throws -> [[UInt8]: [UInt8]] {
        var state: [[UInt8]: [UInt8]] = [:]
        var key: [UInt8] = []
        if let value = try reader.readValue(at: key) { state[key] = value }
        while let next = reader.key(after: key) {
            state[next] = reader.value(at: next)
            key = next
        }
        try reader.ensureNoReadFailed()
        return state
    }
}
