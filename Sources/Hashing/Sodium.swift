import CSodium

/// One-time initialisation of libsodium (picks the fastest implementations and seeds its RNG).
/// Every entry point that calls libsodium reads `Sodium.ready` first.
public enum Sodium {
    /// `true` once `sodium_init()` has succeeded; evaluated once, thread-safely.
    public static let ready: Bool = {
        let status = sodium_init()
        precondition(status >= 0, "libsodium failed to initialise (sodium_init returned \(status))")
        return true
    }()

    /// Fills `count` bytes from the operating system's CSPRNG (libsodium's `randombytes_buf`).
    public static func randomBytes(_ count: Int) -> [UInt8] {
        _ = ready
        return [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            if count > 0 { randombytes_buf(buffer.baseAddress!, count) }
            initialized = count
        }
    }

    /// Overwrites `bytes` with zeros in a way the optimiser cannot remove (`sodium_memzero`).
    public static func wipe(_ bytes: inout [UInt8]) {
        bytes.withUnsafeMutableBytes { buffer in
            if let base = buffer.baseAddress { sodium_memzero(base, buffer.count) }
        }
    }

    /// Compares two equal-length byte strings in constant time.
    public static func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        if a.isEmpty { return true }
        return a.withUnsafeBytes { pa in
            b.withUnsafeBytes { pb in sodium_memcmp(pa.baseAddress!, pb.baseAddress!, a.count) == 0 }
        }
    }
}

extension Collection where Element == UInt8 {
    /// Runs `body` over the bytes as one contiguous buffer, copying only when the collection is
    /// not contiguous.
    @inlinable
    func withContiguousBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        if let result = try withContiguousStorageIfAvailable({ try body(UnsafeRawBufferPointer($0)) }) {
            return result
        }
        return try Array(self).withUnsafeBytes(body)
    }
}

