import Foundation

/// Byte conversions on the store's hot paths, written with `memcpy`/`memcmp` so that they stay
/// fast in debug builds too (generic sequence copies are element by element there).
enum Bytes {
    /// `bytes` as `Data`, for binding as an SQLite blob.
    @inline(__always)
    static func data(_ bytes: [UInt8]) -> Data {
        bytes.withUnsafeBytes { Data(bytes: $0.baseAddress ?? UnsafeRawPointer(bitPattern: 1)!, count: $0.count) }
    }

    /// The bytes of `data`.
    static func array(_ data: Data) -> [UInt8] {
        data.withUnsafeBytes { source in
            [UInt8](unsafeUninitializedCapacity: source.count) { buffer, count in
                if let base = source.baseAddress, source.count > 0 {
                    memcpy(buffer.baseAddress!, base, source.count)
                }
                count = source.count
            }
        }
    }

    /// Lexicographic byte order (SQLite's order of blobs, and storage-key order).
    static func precedes(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        let common = min(a.count, b.count)
        let order = a.withUnsafeBytes { a in
            b.withUnsafeBytes { b in common == 0 ? 0 : memcmp(a.baseAddress!, b.baseAddress!, common) }
        }
        return order != 0 ? order < 0 : a.count < b.count
    }
}
