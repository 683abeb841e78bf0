/// The runtime's view of state while a block executes: committed state underneath, the
/// block's changes on top, and a stack of nested transaction layers above those.
///
/// Every extrinsic dispatch runs inside `withTransaction`: when the dispatch throws, its layer is
/// discarded and the state is exactly as before the call (FRAME's `#[transactional]`).
///
/// - Complexity: a read walks the open layers from the top (usually 1–3) and then the base.
public struct StorageOverlay {
    /// Why a transaction operation was refused.
    public enum TransactionError: Error, Equatable {
        /// `commit`/`rollback` without an open transaction.
        case noOpenTransaction
        /// More nested transactions than `maximumDepth`.
        case limitReached
    }

    /// FRAME's limit on nested transactional layers.
    public static let maximumDepth = 255

    let base: any StorageReader
    /// `layers[0]` holds the block's changes; each open transaction adds one layer.
    var layers: [[KeyBytes: [UInt8]?]] = [[:]]
    /// Every key ever written in this overlay, sorted (rolled-back writes stay listed; readers
    /// check the current value), so ordered iteration costs O(log c) per step.
    var writtenKeys: [[UInt8]] = []

    /// An overlay over `base` with no changes.
    public init(base: any StorageReader) { self.base = base }

    /// The number of open transactions.
    public var transactionDepth: Int { layers.count - 1 }

    /// The value under `key` as the running code sees it.
    public func value(at key: [UInt8]) -> [UInt8]? {
        let wrapped = KeyBytes(key)
        for layer in layers.reversed() {
            if let change = layer[wrapped] { return change }
        }
        return base.value(at: key)
    }

    /// Whether a value is stored under `key`.
    public func contains(_ key: [UInt8]) -> Bool { value(at: key) != nil }

    /// Stores `value` under `key`.
    public mutating func set(_ key: [UInt8], _ value: [UInt8]) {
        noteWritten(key)
        layers[layers.count - 1][KeyBytes(key)] = .some(value)
    }

    /// Removes `key`.
    public mutating func remove(_ key: [UInt8]) {
        noteWritten(key)
        layers[layers.count - 1][KeyBytes(key)] = .some(nil)
    }

    /// The position of the first written key not below `key`.
    func writtenIndex(notBelow key: [UInt8]) -> Int {
        var low = 0, high = writtenKeys.count
        while low < high {
            let mid = (low + high) / 2
            if writtenKeys[mid].lexicographicallyPrecedes(key) { low = mid + 1 } else { high = mid }
        }
        return low
    }

    private mutating func noteWritten(_ key: [UInt8]) {
        let index = writtenIndex(notBelow: key)
        if index == writtenKeys.count || writtenKeys[index] != key { writtenKeys.insert(key, at: index) }
    }

    /// Opens a nested transaction.
    public mutating func startTransaction() throws(TransactionError) {
        guard transactionDepth < Self.maximumDepth else { throw .limitReached }
        layers.append([:])
    }

    /// Folds the innermost transaction into its parent.
    public mutating func commitTransaction() throws(TransactionError) {
        guard transactionDepth > 0 else { throw .noOpenTransaction }
        let top = layers.removeLast()
        layers[layers.count - 1].merge(top) { _, new in new }
    }

    /// Discards the innermost transaction.
    public mutating func rollbackTransaction() throws(TransactionError) {
        guard transactionDepth > 0 else { throw .noOpenTransaction }
        layers.removeLast()
    }

    /// Runs `body` in a nested transaction: committed when it returns, rolled back when it throws.
    public mutating func withTransaction<R, E: Error>(_ body: (inout StorageOverlay) throws(E) -> R) throws(E) -> R {
        layers.append([:])
        do {
            let result = try body(&self)
            let top = layers.removeLast()
            layers[layers.count - 1].merge(top) { _, new in new }
            return result
        } catch {
            layers.removeLast()
            throw error
        }
    }

    /// The block's changes so far (`nil` = removed); valid when no transaction is open.
    /// - Complexity: O(1); the change layer is handed over, not copied key by key.
    public var changes: StorageChanges {
        precondition(transactionDepth == 0, "changes read with \(transactionDepth) open transaction(s)")
        return StorageChanges(entries: layers[0])
    }

    /// The committed state underneath.
    public var committed: any StorageReader { base }
}
