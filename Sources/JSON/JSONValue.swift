/// A JSON value, as JSON-RPC carries it: numbers keep their text form's integer-ness so that
/// request ids and block numbers round-trip exactly.
public enum JSONValue: Equatable, Sendable, CustomStringConvertible {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// An integer that fits in 64 bits.
    case integer(Int64)
    /// Any other number, kept as its text.
    case number(String)
    /// A string.
    case string(String)
    /// An array.
    case array([JSONValue])
    /// An object's members in document order (a repeated key stays repeated).
    case object([(String, JSONValue)])

    public static func == (a: JSONValue, b: JSONValue) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case (.bool(let x), .bool(let y)): return x == y
        case (.integer(let x), .integer(let y)): return x == y
        case (.number(let x), .number(let y)): return x == y
        case (.string(let x), .string(let y)): return x == y
        case (.array(let x), .array(let y)): return x == y
        case (.object(let x), .object(let y)):
            return x.count == y.count && zip(x, y).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: return false
        }
    }

    /// The first member `key` of an object, or `nil`.
    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.0 == key }?.1
    }

    public var stringValue: String? { if case .string(let s) = self { return s } else { return nil } }
    public var integerValue: Int64? { if case .integer(let i) = self { return i } else { return nil } }
    public var boolValue: Bool? { if case .bool(let b) = self { return b } else { return nil } }
    public var arrayValue: [JSONValue]? { if case .array(let a) = self { return a } else { return nil } }
    /// The members, in document order, if the value is an object.
    public var objectValue: [(String, JSONValue)]? { if case .object(let m) = self { return m } else { return nil } }
    /// The number as it reads in JSON (an `.integer` in its decimal form), if the value is a number.
    public var numberText: String? {
        switch self {
        case .integer(let i): return String(i)
        case .number(let text): return text
        default: return nil
        }
    }

    /// The number as an integer of type `T`, if it denotes one in range: `5`, `5.0`, `1e9` and
    /// `-0` are integers, `0.5` is not (see `JSONNumber.integer(_:as:)`).
    public func exactInteger<T: FixedWidthInteger>(as _: T.Type = T.self) -> T? {
        switch self {
        case .integer(let i): return T(exactly: i)
        case .number(let text): return JSONNumber.integer(text, as: T.self)
        default: return nil
        }
    }

    public var isNull: Bool { self == .null }

    /// The compact JSON text.
    public var description: String {
        var out = ""
        write(to: &out)
        return out
    }

    /// Appends the compact JSON text to `out`.
    public func write(to out: inout String) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .integer(let i): out += String(i)
        case .number(let text): out += text
        case .string(let s): JSONString.write(s, to: &out)
        case .array(let items):
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += "," }
                item.write(to: &out)
            }
            out += "]"
        case .object(let members):
            out += "{"
            for (i, (key, value)) in members.enumerated() {
                if i > 0 { out += "," }
                JSONString.write(key, to: &out)
                out += ":"
                value.write(to: &out)
            }
            out += "}"
        }
    }
}
