import JSON

/// An object of the epoch input format: its members in document order. A key given twice means
/// its last value, as Python's `json` (which writes the reference cases) reads it.
struct EpochObject: Sendable {
    /// The members in document order.
    var members: [(String, JSONValue)]

    init(_ members: [(String, JSONValue)] = []) { self.members = members }

    /// The value of the last member named `key`, or `nil`.
    subscript(key: String) -> JSONValue? {
        members.last { $0.0 == key }?.1
    }

    /// The member names in document order.
    var keys: [String] { members.map(\.0) }
}

extension JSONValue {
    /// The value as an epoch-format object, if it is an object.
    var epochObject: EpochObject? { objectValue.map(EpochObject.init) }
}
