import Trie
import VectorSupport

/// The UTF-8 bytes of a string key or value, as Substrate's tests write `b"doe"`.
func utf8(_ text: String) -> [UInt8] { Array(text.utf8) }

/// A root as lower-case hex without prefix, the form the Rust tests assert.
func hex(_ hash: TrieHash) -> String { hexString(hash.bytes) }

extension RandomNumberGenerator {
    mutating func bytes(_ count: Int) -> [UInt8] {
        (0..<count).map { _ in UInt8.random(in: 0...255, using: &self) }
    }
}

/// The entries of a dictionary as the trie APIs take them.
func entries(_ map: [[UInt8]: [UInt8]]) -> [(key: [UInt8], value: [UInt8])] {
    map.map { (key: $0.key, value: $0.value) }
}

/// Literal key/value pairs in the labelled form the trie APIs take.
func pairs(_ list: ([UInt8], [UInt8])...) -> [(key: [UInt8], value: [UInt8])] {
    list.map { (key: $0.0, value: $0.1) }
}
