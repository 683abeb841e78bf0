/// A parsed JSON document that keeps every number as its literal text, so integers of any size
/// (u64 rao amounts, raw fixed-point bits) come through exactly. Used by `subtensor epoch`.
enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    /// The number's literal text, as validated by the JSON grammar.
    case number(String)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)

    /// A short name of the value's kind for error messages.
    var kind: String {
        switch self {
        case .null: return "null"
        case .bool: return "a boolean"
        case .number: return "a number"
        case .string: return "a string"
        case .array: return "a list"
        case .object: return "an object"
        }
    }

    /// The value as an integer of type `T`, if it is a number literal denoting an integer in
    /// range (`5`, `5.0`, `1e9` and `-0` are integers; `0.5` is not).
    func integer<T: FixedWidthInteger>(_: T.Type = T.self) -> T? {
        guard case .number(let literal) = self else { return nil }
        return JSONNumber.integer(literal, as: T.self)
    }

    /// The members, if the value is an object.
    var object: JSONObject? {
        if case .object(let object) = self { return object }
        return nil
    }

    /// The elements, if the value is an array.
    var array: [JSONValue]? {
        if case .array(let elements) = self { return elements }
        return nil
    }
}

/// A JSON object's members in document order. Lookups return the last member with the key, as
/// most JSON readers do.
struct JSONObject: Equatable, Sendable {
    var keys: [String] = []
    var values: [JSONValue] = []

    subscript(key: String) -> JSONValue? {
        guard let index = keys.lastIndex(of: key) else { return nil }
        return values[index]
    }

    /// The members in document order.
    var members: Zip2Sequence<[String], [JSONValue]> { zip(keys, values) }
}

/// Exact conversion of JSON number literals to integers.
enum JSONNumber {
    /// The integer `literal` denotes, or `nil` if it has a non-zero fraction or does not fit `T`.
    static func integer<T: FixedWidthInteger>(_ literal: String, as _: T.Type) -> T? {
        var bytes = Substring(literal).utf8[...]
        let negative = bytes.first == UInt8(ascii: "-")
        if negative { bytes = bytes.dropFirst() }
        var digits: [UInt8] = []
        var fractionDigits = 0
        var exponent = 0
        var inFraction = false
        var index = bytes.startIndex
        while index != bytes.endIndex {
            let byte = bytes[index]
            if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                digits.append(byte - UInt8(ascii: "0"))
                if inFraction { fractionDigits += 1 }
            } else if byte == UInt8(ascii: ".") {
                inFraction = true
            } else if byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
                guard let value = Int(String(Substring(bytes[bytes.index(after: index)...])).replacingPlus()),
                      abs(value) < 100_000 else { return nil }
                exponent = value
                break
            } else {
                return nil
            }
            index = bytes.index(after: index)
        }
        // value = digits · 10^(exponent − fractionDigits)
        var scale = exponent - fractionDigits
        while scale < 0, let last = digits.last {
            guard last == 0 else { return nil }
            digits.removeLast()
            scale += 1
        }
        if scale < 0 { return 0 }  // no digits left: the value is zero
        var magnitude = T.Magnitude.zero
        for digit in digits + [UInt8](repeating: 0, count: digits.allSatisfy { $0 == 0 } ? 0 : scale) {
            let (times10, overflow1) = magnitude.multipliedReportingOverflow(by: 10)
            let (next, overflow2) = times10.addingReportingOverflow(T.Magnitude(digit))
            if overflow1 || overflow2 { return nil }
            magnitude = next
        }
        if negative {
            if magnitude == 0 { return 0 }
            guard T.isSigned, magnitude <= T.Magnitude(truncatingIfNeeded: T.min) else { return nil }
            return T(truncatingIfNeeded: 0 &- magnitude)
        }
        return T(exactly: magnitude)
    }
}

private extension String {
    /// `Int(_:)` does not accept a leading `+`.
    func replacingPlus() -> String { hasPrefix("+") ? String(dropFirst()) : self }
}
