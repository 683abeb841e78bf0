/// One `(uid, value)` pair of a stored `Weights` or `Bonds` row (`Vec<(u16, u16)>` on chain).
public struct UIDValue: Hashable, Sendable, CustomStringConvertible {
    /// The uid the value refers to (the column).
    public var uid: UInt16
    /// The stored u16 value: a row-max-upscaled weight, or a column-max-upscaled bond.
    public var value: UInt16

    public init(uid: UInt16, value: UInt16) {
        self.uid = uid
        self.value = value
    }

    public var description: String { "(\(uid), \(value))" }
}
