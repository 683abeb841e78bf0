import JSON

/// What a method answers: a value, or a subscription whose notifications may start only after
/// the subscription id reached the client.
public enum RPCOutcome: Sendable {
    case value(JSONValue)
    case subscription(id: String, start: @Sendable () -> Void)
}

/// A method implementation.
public typealias RPCHandler = @Sendable (_ params: [JSONValue], _ session: RPCSession) async throws -> RPCOutcome

/// The JSON-RPC 2.0 dispatcher: parses frames (single or batch), routes by method name, echoes
/// ids verbatim, and turns every failure into an error object — nothing a client sends can
/// stop it.
public final class RPCRouter: Sendable {
    private let methods: [String: RPCHandler]
    /// The most requests one batch may hold.
    public static let maximumBatch = 1000

    public init(methods: [String: RPCHandler]) { self.methods = methods }

    /// Every method name, sorted (the answer of `rpc_methods`).
    public var methodNames: [String] { methods.keys.sorted() }

    /// Handles one frame; returns the response frame (nil for notifications-only input).
    public func handle(_ bytes: [UInt8], session: RPCSession) async -> String? {
        let request: JSONValue
        do {
            request = try JSONParser.parse(bytes)
        } catch {
            return Self.response(id: .null, error: RPCError(code: -32700, message: "Parse error", data: .string(error.description))).description
        }
        if case .array(let items) = request {
            guard !items.isEmpty else { return Self.response(id: .null, error: .invalidRequest).description }
            guard items.count <= Self.maximumBatch else {
                return Self.response(id: .null, error: RPCError(code: -32600, message: "Invalid request", data: .string("batch larger than \(Self.maximumBatch)"))).description
            }
            var answers: [JSONValue] = []
            var starts: [@Sendable () -> Void] = []
            for item in items {
                let (answer, start) = await handleOne(item, session: session)
                if let answer { answers.append(answer) }
                if let start { starts.append(start) }
            }
            for start in starts { session.afterNextWrite(start) }
            return answers.isEmpty ? nil : JSONValue.array(answers).description
        }
        let (answer, start) = await handleOne(request, session: session)
        // The caller writes the answer; notifications begin after that (see `RPCTransport`).
        if let start { session.afterNextWrite(start) }
        return answer?.description
    }

    private func handleOne(_ request: JSONValue, session: RPCSession) async -> (JSONValue?, (@Sendable () -> Void)?) {
        guard case .object = request, let methodValue = request["method"], case .string(let method) = methodValue else {
            return (Self.response(id: request["id"] ?? .null, error: .invalidRequest), nil)
        }
        let id = request["id"]
        if let id {
            switch id {
            case .string, .integer, .null: break
            default: return (Self.response(id: .null, error: .invalidRequest), nil)
            }
        }
        let params: [JSONValue]
        switch request["params"] {
        case .none, .some(.null): params = []
        case .some(.array(let items)): params = items
        case .some(.object): return (Self.response(id: id ?? .null, error: .invalidParams("named parameters are not supported")), nil)
        default: return (Self.response(id: id ?? .null, error: .invalidParams("params must be an array")), nil)
        }
        guard let handler = methods[method] else {
            return (id == nil ? nil : Self.response(id: id!, error: .methodNotFound(method)), nil)
        }
        do {
            switch try await handler(params, session) {
            case .value(let value):
                return (id == nil ? nil : Self.response(id: id!, result: value), nil)
            case .subscription(let subscription, let start):
                return (Self.response(id: id ?? .null, result: .string(subscription)), start)
            }
        } catch let error as RPCError {
            return (id == nil ? nil : Self.response(id: id!, error: error), nil)
        } catch {
            return (id == nil ? nil : Self.response(id: id!, error: .internalError(String(describing: error))), nil)
        }
    }

    static func response(id: JSONValue, result: JSONValue) -> JSONValue {
        .object([("jsonrpc", .string("2.0")), ("result", result), ("id", id)])
    }

    static func response(id: JSONValue, error: RPCError) -> JSONValue {
        .object([("jsonrpc", .string("2.0")), ("error", error.json), ("id", id)])
    }
}
