/// A storage key used as a dictionary key: hashed in one pass over its bytes (an `[UInt8]`
/// key would feed the hasher one byte at a time, the main cost of overlay reads).
struct KeyBytes: Hashable {
    let bytes: [UInt8]

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    static func == (a: KeyBytes, b: KeyBytes) -> Bool { a.bytes == b.bytes }

    func hash(into hasher: inout Hasher) {
        bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
    }
}
