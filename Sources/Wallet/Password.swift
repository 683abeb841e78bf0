import Hashing
import Keys

/// A password held as UTF-8 bytes in a zeroing buffer. Its `description` is redacted.
public struct Password: Sendable, CustomStringConvertible, CustomDebugStringConvertible {
    let secret: SecretBytes

    /// A password from `text`.
    public init(_ text: String) { secret = SecretBytes(Array(text.utf8)) }

    /// A password from raw UTF-8 `bytes`; the caller wipes its own copy.
    public init(bytes: [UInt8]) { secret = SecretBytes(bytes) }

    /// The number of UTF-8 bytes.
    public var byteCount: Int { secret.count }

    /// Runs `body` with the password's bytes.
    public func withBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        try secret.withBytes(body)
    }

    /// A copy of the bytes; wipe it after use.
    func copyBytes() -> [UInt8] { secret.copyBytes() }

    /// The password as a string (for the strength check only).
    func withText<R>(_ body: (String) throws -> R) rethrows -> R {
        try secret.withBytes { try body(String(decoding: $0, as: UTF8.self)) }
    }

    /// Constant-time equality of two passwords.
    func matches(_ other: Password) -> Bool {
        var a = copyBytes(), b = other.copyBytes()
        defer { Sodium.wipe(&a); Sodium.wipe(&b) }
        return Sodium.constantTimeEqual(a, b)
    }

    public var description: String { "Password(redacted)" }
    public var debugDescription: String { description }
}
