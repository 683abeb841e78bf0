import Foundation
import VectorSupport

/// The schema of `Tests/Vectors/scale.json` (see `Scripts/vectors/generate_scale_vectors.py`).
struct ScaleVectorFile: Decodable {
    struct Generator: Decodable {
        var script: String
        var library: String
        var version: String
    }

    struct Case: Decodable, CustomStringConvertible {
        var type: String
        var value: JSONValue
        var encoded: String

        var description: String { "\(type) = \(value) (\(encoded.prefix(80)))" }
    }

    var generator: Generator
    var cases: [Case]

    static func load() throws -> ScaleVectorFile {
        try GoldenVectors.load("scale.json")
    }
}

/// Whatever a vector's `value` holds; integers arrive as decimal strings.
indirect enum JSONValue: Decodable, Equatable, CustomStringConvertible {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else if let value = try? container.decode([String: JSONValue].self) {
            self = .object(value)
        } else {
            self = .number(try container.decode(Double.self))
        }
    }

    var description: String {
        switch self {
        case .null: "null"
        case .bool(let value): "\(value)"
        case .number(let value): "\(value)"
        case .string(let value): "\"\(value.prefix(40))\""
        case .array(let values): "[\(values.prefix(8).map(\.description).joined(separator: ", "))\(values.count > 8 ? ", …" : "")]"
        case .object(let members): "{\(members.map { "\($0.key): \($0.value)" }.joined(separator: ", "))}"
        }
    }
}

/// A vector whose JSON value does not fit the Swift type the test maps it to.
struct VectorShapeError: Error, CustomStringConvertible {
    var description: String
}

extension JSONValue {
    func integer<T: FixedWidthInteger>(_ type: T.Type = T.self) throws -> T {
        guard case .string(let text) = self, let value = T(text) else {
            throw VectorShapeError(description: "expected \(T.self) as a decimal string, got \(self)")
        }
        return value
    }

    func boolean() throws -> Bool {
        guard case .bool(let value) = self else { throw VectorShapeError(description: "expected bool, got \(self)") }
        return value
    }

    func text() throws -> String {
        guard case .string(let value) = self else { throw VectorShapeError(description: "expected string, got \(self)") }
        return value
    }

    func list() throws -> [JSONValue] {
        guard case .array(let values) = self else { throw VectorShapeError(description: "expected array, got \(self)") }
        return values
    }

    func list<T>(_ element: (JSONValue) throws -> T) throws -> [T] {
        try list().map(element)
    }

    func optional<T>(_ wrapped: (JSONValue) throws -> T) throws -> T? {
        if case .null = self { return nil }
        return try wrapped(self)
    }

    /// An enum value: `"Name"` for a unit variant or `{"Name": payload}`.
    func variant() throws -> (name: String, payload: JSONValue?) {
        switch self {
        case .string(let name):
            return (name, nil)
        case .object(let members) where members.count == 1:
            return (members.first!.key, members.first!.value)
        default:
            throw VectorShapeError(description: "expected enum variant, got \(self)")
        }
    }

    func payload(of variant: (name: String, payload: JSONValue?)) throws -> JSONValue {
        guard let payload = variant.payload else {
            throw VectorShapeError(description: "variant \(variant.name) needs a payload")
        }
        return payload
    }
}
