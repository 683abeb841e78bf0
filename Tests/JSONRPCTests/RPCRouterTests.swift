import JSONRPC
import Testing

/// The JSON-RPC dispatcher: ids echoed verbatim, batches, and every failure as an error object.
@Suite("JSON-RPC router")
struct RPCRouterTests {
    let router = RPCRouter(methods: [
        "echo": { params, _ in .value(.array(params)) },
        "fail": { _, _ in throw RPCError(code: 1010, message: "Invalid Transaction", data: .string("why")) },
        "crash": { _, _ in struct Oops: Error {}; throw Oops() },
    ])
    let session = RPCSession(supportsSubscriptions: false) { _ in }

    func ask(_ text: String) async throws -> JSONValue {
        try JSONParser.parse(try #require(await router.handle(Array(text.utf8), session: session)))
    }

    @Test func echoesStringAndIntegerIds() async throws {
        #expect(try await ask(#"{"jsonrpc":"2.0","id":"ab1","method":"echo","params":[1]}"#)["id"] == .string("ab1"))
        #expect(try await ask(#"{"jsonrpc":"2.0","id":7,"method":"echo","params":null}"#)["result"] == .array([]))
    }

    @Test func answersErrorsWithSubstrateCodes() async throws {
        #expect(try await ask("{oops")["error"]?["code"] == .integer(-32700))
        #expect(try await ask(#"{"jsonrpc":"2.0","id":1,"method":"nope"}"#)["error"]?["code"] == .integer(-32601))
        #expect(try await ask(#"{"jsonrpc":"2.0","id":1,"method":"echo","params":5}"#)["error"]?["code"] == .integer(-32602))
        #expect(try await ask(#"{"jsonrpc":"2.0","id":1,"method":"fail"}"#)["error"]?["code"] == .integer(1010))
        #expect(try await ask(#"{"jsonrpc":"2.0","id":1,"method":"crash"}"#)["error"]?["code"] == .integer(-32603))
        #expect(try await ask(#"{"jsonrpc":"2.0","id":[1],"method":"echo"}"#)["error"]?["code"] == .integer(-32600))
    }

    @Test func answersABatchInOneArray() async throws {
        let answer = try await ask(#"[{"jsonrpc":"2.0","id":1,"method":"echo","params":[1]},{"jsonrpc":"2.0","id":2,"method":"nope"}]"#)
        let items = try #require(answer.arrayValue)
        #expect(items.count == 2)
        #expect(items[0]["result"] == .array([.integer(1)]))
        #expect(items[1]["error"]?["code"] == .integer(-32601))
        #expect(try await ask("[]")["error"]?["code"] == .integer(-32600))
    }

    @Test func notificationsGetNoAnswer() async {
        #expect(await router.handle(Array(#"{"jsonrpc":"2.0","method":"echo","params":[]}"#.utf8), session: session) == nil)
    }
}
