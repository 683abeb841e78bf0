/// Why an `EpochInput` cannot be a snapshot of chain storage. On chain these states cannot
/// occur; the Rust epoch would index out of bounds and panic.
public enum EpochInputError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A per-uid vector does not have `n` entries.
    case wrongLength(field: String, count: Int, n: Int)
    /// A stored weights or bonds row refers to a uid that is not below `n`.
    case uidOutOfRange(field: String, row: Int, uid: UInt16, n: Int)

    public var description: String {
        switch self {
        case let .wrongLength(field, count, n):
            return "\(field) has \(count) \(count == 1 ? "entry" : "entries"), but n is \(n)."
        case let .uidOutOfRange(field, row, uid, n):
            return "\(field)[\(row)] refers to uid \(uid), but uids must be below n = \(n)."
        }
    }
}

extension EpochInput {
    /// Checks that every vector has `n` entries and every stored row refers to uids below `n`.
    /// - Complexity: O(n + stored entries).
    public func validate() throws(EpochInputError) {
        let count = Int(n)
        func check(_ field: String, _ length: Int) throws(EpochInputError) {
            if length != count { throw .wrongLength(field: field, count: length, n: count) }
        }
        try check("stake", stake.count)
        try check("weights", weights.count)
        try check("bonds", bonds.count)
        try check("last_update", lastUpdate.count)
        try check("block_at_registration", blockAtRegistration.count)
        try check("validator_permit", validatorPermit.count)
        for (field, rows) in [("weights", weights), ("bonds", bonds)] {
            for (i, row) in rows.enumerated() {
                for entry in row where Int(entry.uid) >= count {
                    throw .uidOutOfRange(field: field, row: i, uid: entry.uid, n: count)
                }
            }
        }
    }
}
