import JSON
import Yuma

/// Why a `subtensor epoch` input was rejected: one sentence that names the field.
struct EpochFormatError: Error, Equatable, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Messages and decoders for the fields of the epoch input format (yuma.md §7).
enum EpochField {
    /// The value as shown in an error message.
    static func describe(_ value: JSONValue) -> String {
        if let literal = value.numberText { return literal.count > 40 ? String(literal.prefix(40)) + "…" : literal }
        switch value {
        case .null: return "null"
        case .bool: return "a boolean"
        case .integer, .number: return "a number"
        case .string: return "a string"
        case .array: return "a list"
        case .object: return "an object"
        }
    }

    static func integer<T: FixedWidthInteger>(_ value: JSONValue, _ path: String, as _: T.Type = T.self) throws(EpochFormatError) -> T {
        guard let integer = value.exactInteger(as: T.self) else {
            throw EpochFormatError("\(path) must be an integer from \(T.min) to \(T.max), found \(describe(value)).")
        }
        return integer
    }

    static func bool(_ value: JSONValue, _ path: String) throws(EpochFormatError) -> Bool {
        guard case .bool(let flag) = value else {
            throw EpochFormatError("\(path) must be true or false, found \(describe(value)).")
        }
        return flag
    }

    static func list(_ value: JSONValue, _ path: String) throws(EpochFormatError) -> [JSONValue] {
        guard let elements = value.arrayValue else {
            throw EpochFormatError("\(path) must be a list, found \(describe(value)).")
        }
        return elements
    }

    static func object(_ value: JSONValue, _ path: String) throws(EpochFormatError) -> EpochObject {
        guard let object = value.epochObject else {
            throw EpochFormatError("\(path) must be an object, found \(describe(value)).")
        }
        return object
    }

    /// A stored row `[[uid, value], …]`; with `raw`, the values are upscaled the way `set_weights`
    /// stores them (`vec_u16_max_upscale_to_u16`).
    static func row(_ value: JSONValue, _ path: String, raw: Bool) throws(EpochFormatError) -> [UIDValue] {
        var row: [UIDValue] = []
        for (k, pair) in try list(value, path).enumerated() {
            guard let elements = pair.arrayValue, elements.count == 2 else {
                throw EpochFormatError("\(path)[\(k)] must be a [uid, value] pair, found \(describe(pair)).")
            }
            row.append(UIDValue(uid: try integer(elements[0], "\(path)[\(k)][0] (uid)"),
                                value: try integer(elements[1], "\(path)[\(k)][1] (value)")))
        }
        if raw {
            let upscaled = YumaMath.vecU16MaxUpscaleToU16(row.map(\.value))
            for k in row.indices { row[k].value = upscaled[k] }
        }
        return row
    }
}
