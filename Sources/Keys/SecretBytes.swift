import CSodium
import Hashing

/// Secret key material that is zeroed when freed and never printed.
///
/// A reference type so that copies share one buffer and the wipe happens exactly once, when the
/// last reference goes away. `description` and `debugDescription` are redacted.
public final class SecretBytes: @unchecked Sendable, CustomStringConvertible, CustomDebugStringConvertible {
    private let pointer: UnsafeMutableRawBufferPointer

    /// Copies `bytes` into a fresh buffer; the caller should wipe its own copy.
    public init<C: Collection>(_ bytes: C) where C.Element == UInt8 {
        pointer = .allocate(byteCount: max(bytes.count, 1), alignment: 16)
        _ = pointer.initializeMemory(as: UInt8.self, from: bytes)
        count = bytes.count
    }

    /// The number of secret bytes.
    public let count: Int

    /// Runs `body` with read access to the bytes.
    public func withBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        try body(UnsafeRawBufferPointer(rebasing: pointer[0..<count]))
    }

    /// A copy of the bytes as an array; wipe it (`Sodium.wipe`) when done.
    public func copyBytes() -> [UInt8] { withBytes { Array($0) } }

    deinit {
        sodium_memzero(pointer.baseAddress!, pointer.count)
        pointer.deallocate()
    }

    public var description: String { "SecretBytes(\(count) bytes, redacted)" }
    public var debugDescription: String { description }
}
