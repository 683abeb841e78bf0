import Foundation

/// Loads the committed golden vectors in `Tests/Vectors/`, generated from the real reference
/// libraries by the scripts in `Scripts/vectors/`.
public enum GoldenVectors {
    /// The folder holding the committed JSON vectors.
    public static var directory: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // VectorSupport
            .deletingLastPathComponent()  // Tests
            .appendingPathComponent("Vectors")
    }

    /// Decodes `Tests/Vectors/<name>` into `type`.
    public static func load<T: Decodable>(_ name: String, as type: T.Type = T.self) throws -> T {
        let data = try Data(contentsOf: directory.appendingPathComponent(name))
        return try JSONDecoder().decode(T.self, from: data)
    }
}

/// Hex decoding for test vectors (accepts an optional `0x` prefix); traps on malformed vectors.
public func hexBytes(_ string: String) -> [UInt8] {
    var s = Substring(string)
    if s.hasPrefix("0x") { s = s.dropFirst(2) }
    precondition(s.count % 2 == 0, "odd-length hex in vector: \(string)")
    var out: [UInt8] = []
    out.reserveCapacity(s.count / 2)
    var index = s.startIndex
    while index < s.endIndex {
        let next = s.index(index, offsetBy: 2)
        guard let byte = UInt8(s[index..<next], radix: 16) else { preconditionFailure("bad hex in vector: \(string)") }
        out.append(byte)
        index = next
    }
    return out
}

/// Lower-case hex without prefix, for comparing against vectors.
public func hexString<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
    let digits: [Character] = Array("0123456789abcdef")
    var s = ""
    s.reserveCapacity(bytes.count * 2)
    for b in bytes {
        s.append(digits[Int(b >> 4)])
        s.append(digits[Int(b & 0x0f)])
    }
    return s
}
