import Foundation
import JSON
import Primitives
@testable import SubtensorCommands
import VectorSupport

/// The reference cases in `Tests/Vectors/yuma-cases` (a copy of `shared/reference/yuma-cases`).
enum ReferenceCases {
    static var directory: URL { GoldenVectors.directory.appendingPathComponent("yuma-cases") }

    /// The case names (file names without `.json`) starting with `prefix`, sorted.
    static func names(prefix: String) -> [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return files.filter { $0.hasPrefix(prefix) && $0.hasSuffix(".json") }
            .map { String($0.dropLast(5)) }
            .sorted()
    }

    /// The case file's bytes.
    static func bytes(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: directory.appendingPathComponent(name + ".json")))
    }

    /// The case file, parsed.
    static func load(_ name: String) throws -> EpochObject {
        guard let object = try JSONParser.parse(bytes(name)).epochObject else { throw CaseError("\(name) is not an object") }
        return object
    }
}

/// A malformed case file (a bug in the test data or in the reader).
struct CaseError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

extension JSONValue {
    /// The integer, or a thrown `CaseError`.
    func int<T: FixedWidthInteger>(_: T.Type = T.self) throws -> T {
        guard let value = exactInteger(as: T.self) else { throw CaseError("expected an integer \(T.self), found \(self)") }
        return value
    }

    func list() throws -> [JSONValue] {
        guard let array = arrayValue else { throw CaseError("expected a list, found \(self)") }
        return array
    }

    func members() throws -> EpochObject {
        guard let object = epochObject else { throw CaseError("expected an object, found \(self)") }
        return object
    }

    var text: String? {
        if case .string(let text) = self { return text }
        return nil
    }
}
