import AsyncHTTPClient
import Foundation
import Keys
import NIOCore
import Synapse
@testable import Axon

/// Where a test request goes: straight into the pipeline, or over a real socket on 127.0.0.1.
enum Transport: String, CaseIterable, CustomStringConvertible {
    case memory, socket
    var description: String { rawValue }
}

/// Keys used by the tests: the axon is Alice; callers have known stakes.
enum TestKeys {
    static let axon = try! Keypair(uri: "//Alice", scheme: .sr25519)
    static let rich = try! Keypair(uri: "//Bob", scheme: .sr25519)        // stake 1000
    static let mid = try! Keypair(uri: "//Charlie", scheme: .sr25519)     // stake 50
    static let poor = try! Keypair(uri: "//Dave", scheme: .sr25519)       // stake 1, below the minimum 10
    static let stranger = try! Keypair(uri: "//Eve", scheme: .sr25519)    // not registered
    static func address(_ pair: Keypair) -> String { try! pair.ss58Address() }
    static var registry: StaticCallerRegistry {
        StaticCallerRegistry(stakes: [address(rich): 1000, address(mid): 50, address(poor): 1])
    }
}

struct Answer {
    let status: Int
    let headers: [String: String]
    let body: Data
    var message: String? {
        (try? JSONSerialization.jsonObject(with: body) as? [String: Any])?["message"] as? String
    }
}

/// An axon under test, reachable through `transport`.
struct AxonHarness {
    let core: AxonCore
    let transport: Transport
    let running: RunningAxon?
    let client: HTTPClient?

    static func make(_ transport: Transport, configure: (inout AxonConfiguration) -> Void = { _ in }) async throws -> AxonHarness {
        var configuration = AxonConfiguration()
        configuration.ip = "127.0.0.1"
        configuration.port = 0
        configuration.blacklistMinimumStake = 10
        configure(&configuration)
        let core = AxonCore(keypair: TestKeys.axon, configuration: configuration, registry: TestKeys.registry)
        guard transport == .socket else { return AxonHarness(core: core, transport: transport, running: nil, client: nil) }
        let running = try await Axon(core: core).start()
        return AxonHarness(core: core, transport: transport, running: running, client: HTTPClient(eventLoopGroup: .singletonMultiThreadedEventLoopGroup))
    }

    func close() async {
        try? await client?.shutdown()
        await running?.stop()
    }

    func send(_ request: AxonRequest) async throws -> Answer {
        guard let running, let client else {
            let answer = await core.handle(request)
            return Answer(status: answer.status, headers: Dictionary(answer.headers, uniquingKeysWith: { a, _ in a }), body: answer.body)
        }
        var http = HTTPClientRequest(url: "http://127.0.0.1:\(running.port)\(request.path)")
        http.method = .POST
        for (name, value) in request.headers { http.headers.add(name: name, value: value) }
        http.body = .bytes(ByteBuffer(bytes: request.body))
        let response = try await client.execute(http, timeout: .seconds(30))
        let body = try await response.body.collect(upTo: 1 << 24)
        var headers: [String: String] = [:]
        for header in response.headers where headers[header.name.lowercased()] == nil { headers[header.name.lowercased()] = header.value }
        return Answer(status: Int(response.status.code), headers: headers, body: Data(body.readableBytesView))
    }
}

/// Builds a request the way a bittensor dendrite does, with hooks to tamper with it.
func signedRequest<Payload: SynapsePayload>(
    _ payload: Payload, from pair: Keypair, nonce: Int64 = AxonCore.wallClockNanoseconds(), uuid: String = UUID().uuidString,
    timeout: Double = 12, tamper: (inout SynapseMessage<Payload>, inout Data) -> Void = { _, _ in }
) -> AxonRequest {
    var message = SynapseMessage(payload: payload)
    message.envelope.timeout = timeout
    let hotkey = TestKeys.address(pair)
    let axonHotkey = TestKeys.address(TestKeys.axon)
    message.dendrite = TerminalInfo(ip: "127.0.0.1", version: BittensorVersion.asInt, nonce: nonce, uuid: uuid, hotkey: hotkey)
    message.axon = TerminalInfo(ip: "127.0.0.1", port: 8091, hotkey: axonHotkey)
    message.dendrite.signature = RequestSignature.sign(
        RequestSignature.dendriteMessage(nonce: nonce, dendriteHotkey: hotkey, axonHotkey: axonHotkey, uuid: uuid, bodyHash: payload.bodyHash),
        with: pair)
    var body = try! JSONEncoder().encode(message)
    let headers = message.headers(totalSize: body.count)
    tamper(&message, &body)
    return AxonRequest(path: "/\(Payload.name)", headers: headers.map { (name: $0.0, value: $0.1) }, body: body)
}
