import JSON

/// A JSON-RPC error object: Substrate's codes and messages (`substrate-interop.md` A.3).
public struct RPCError: Error, Equatable, Sendable, CustomStringConvertible {
    public var code: Int64
    public var message: String
    public var data: JSONValue?

    public init(code: Int64, message: String, data: JSONValue? = nil) {
        self.code = code
        self.message = message
        self.data = data
    }

    public static let parseError = RPCError(code: -32700, message: "Parse error")
    public static let invalidRequest = RPCError(code: -32600, message: "Invalid request")
    public static func methodNotFound(_ name: String) -> RPCError {
        RPCError(code: -32601, message: "Method not found", data: .string(name))
    }
    /// Wrong arity or types, bad hex.
    public static func invalidParams(_ reason: String) -> RPCError {
        RPCError(code: -32602, message: "Invalid params: \(reason)")
    }
    public static func internalError(_ reason: String) -> RPCError {
        RPCError(code: -32603, message: "Internal error", data: .string(reason))
    }
    /// Substrate's `4003`: a runtime call or block lookup failed.
    public static func client(_ text: String) -> RPCError { RPCError(code: 4003, message: "Client error: \(text)") }

    public var json: JSONValue {
        var members: [(String, JSONValue)] = [("code", .integer(code)), ("message", .string(message))]
        if let data { members.append(("data", data)) }
        return .object(members)
    }

    public var description: String { "\(code) \(message)" + (data.map { " (\($0))" } ?? "") }
}
