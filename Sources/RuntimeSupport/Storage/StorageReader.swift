/// Read access to committed chain state: raw keys to raw SCALE values, in key order.
///
/// The runtime never writes here directly; it writes into a `StorageOverlay` on top, whose
/// changes the node commits after the block.
public protocol StorageReader {
    /// The value stored under `key`, or `nil`.
    func value(at key: [UInt8]) -> [UInt8]?
    /// The smallest stored key strictly greater than `key` (lexicographic byte order).
    func key(after key: [UInt8]) -> [UInt8]?
}

extension [UInt8] {
    /// Lexicographic byte order, the order of storage keys.
    @inlinable
    static func storageOrder(_ a: [UInt8], _ b: [UInt8]) -> Bool { a.lexicographicallyPrecedes(b) }
}
