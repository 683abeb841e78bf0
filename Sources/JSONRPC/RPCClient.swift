import Foundation
import JSON
import NIOCore
import NIOHTTP1
import NIOPosix
import NIOWebSocket

/// A JSON-RPC client over one WebSocket: requests matched to answers by id, subscription
/// notifications delivered to handlers, errors as `RPCError`.
public final class RPCClient: @unchecked Sendable {
    /// Why the connection failed.
    public enum ConnectionError: Error, CustomStringConvertible {
        case invalidURL(String)
        case closed
        case upgradeFailed

        public var description: String {
            switch self {
            case .invalidURL(let url): return "not a ws:// URL: \(url)"
            case .closed: return "the connection closed"
            case .upgradeFailed: return "the server did not accept the WebSocket upgrade"
            }
        }
    }

    private let group: MultiThreadedEventLoopGroup
    private let channel: any Channel
    private let lock = NSLock()
    private var nextID: Int64 = 1
    private var pending: [Int64: CheckedContinuation<JSONValue, any Error>] = [:]
    private var subscriptions: [String: @Sendable (JSONValue) -> Void] = [:]
    private var early: [String: [JSONValue]] = [:]
    private var isClosed = false

    /// Connects to `url` (`ws://host:port[/path]`).
    public init(url: String) async throws {
        guard let parsed = URL(string: url), parsed.scheme == "ws", let host = parsed.host else { throw ConnectionError.invalidURL(url) }
        let port = parsed.port ?? 80
        let path = parsed.path.isEmpty ? "/" : parsed.path
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        self.group = group
        let upgraded = group.next().makePromise(of: Void.self)
        let box = ClientBox()
        let bootstrap = ClientBootstrap(group: group).channelInitializer { channel in
            let request = UpgradeRequestHandler(host: host, port: port, path: path, failed: upgraded)
            let key = Data((0..<16).map { _ in UInt8.random(in: 0...255) }).base64EncodedString()
            let upgrader = NIOWebSocketClientUpgrader(requestKey: key, maxFrameSize: RPCServer.maximumFrameSize) { channel, _ in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandlers([
                        NIOWebSocketFrameAggregator(minNonFinalFragmentSize: 0, maxAccumulatedFrameCount: 4096,
                                                    maxAccumulatedFrameSize: RPCServer.maximumFrameSize),
                        ClientFrameHandler(box: box),
                    ])
                    upgraded.succeed(())
                }
            }
            let config: NIOHTTPClientUpgradeConfiguration = (
                upgraders: [upgrader],
                completionHandler: { context in context.pipeline.removeHandler(request, promise: nil) }
            )
            return channel.eventLoop.makeCompletedFuture {
                try channel.pipeline.syncOperations.addHTTPClientHandlers(withClientUpgrade: config)
                try channel.pipeline.syncOperations.addHandler(request)
            }
        }
        let connected: any Channel
        do {
            connected = try await bootstrap.connect(host: host, port: port).get()
        } catch {
            // Nothing answered: settle the upgrade promise and stop the event loop before failing.
            upgraded.fail(error)
            try? await group.shutdownGracefully()
            throw error
        }
        channel = connected
        do {
            try await upgraded.futureResult.get()
        } catch {
            try? await connected.close()
            try? await group.shutdownGracefully()
            throw error
        }
        box.client = self
    }

    /// Sends a request and waits for its answer.
    public func request(_ method: String, _ params: [JSONValue] = []) async throws -> JSONValue {
        let id: Int64 = lock.withLock {
            defer { nextID += 1 }
            return nextID
        }
        let message = JSONValue.object([("jsonrpc", .string("2.0")), ("id", .integer(id)), ("method", .string(method)), ("params", .array(params))])
        return try await withCheckedThrowingContinuation { continuation in
            let closed = lock.withLock { () -> Bool in
                if isClosed { return true }
                pending[id] = continuation
                return false
            }
            if closed { continuation.resume(throwing: ConnectionError.closed); return }
            send(message.description)
        }
    }

    /// Starts a subscription; `handler` gets each notification's `result`. Returns its id.
    public func subscribe(_ method: String, _ params: [JSONValue] = [], handler: @escaping @Sendable (JSONValue) -> Void) async throws -> String {
        let answer = try await request(method, params)
        guard case .string(let id) = answer else { throw RPCError.internalError("subscription id is not a string: \(answer)") }
        let backlog: [JSONValue] = lock.withLock {
            subscriptions[id] = handler
            return early.removeValue(forKey: id) ?? []
        }
        for result in backlog { handler(result) }
        return id
    }

    /// Stops delivering a subscription's notifications (the caller sends the unsubscribe call).
    public func forget(_ subscription: String) {
        lock.withLock { _ = subscriptions.removeValue(forKey: subscription) }
    }

    /// Closes the connection.
    public func close() async {
        try? await channel.close()
        try? await group.shutdownGracefully()
    }

    func send(_ text: String) {
        var buffer = channel.allocator.buffer(capacity: text.utf8.count)
        buffer.writeString(text)
        let mask = WebSocketMaskingKey.random()
        channel.writeAndFlush(WebSocketFrame(fin: true, opcode: .text, maskKey: mask, data: buffer), promise: nil)
    }

    func received(_ bytes: [UInt8]) {
        guard let message = try? JSONParser.parse(bytes) else { return }
        if let params = message["params"], let subscription = params["subscription"]?.stringValue {
            let result = params["result"] ?? .null
            let handler: (@Sendable (JSONValue) -> Void)? = lock.withLock {
                if let handler = subscriptions[subscription] { return handler }
                early[subscription, default: []].append(result)
                return nil
            }
            handler?(result)
            return
        }
        guard let id = message["id"]?.integerValue else { return }
        let continuation = lock.withLock { pending.removeValue(forKey: id) }
        if let error = message["error"] {
            continuation?.resume(throwing: RPCError(
                code: error["code"]?.integerValue ?? 0, message: error["message"]?.stringValue ?? "", data: error["data"]))
        } else {
            continuation?.resume(returning: message["result"] ?? .null)
        }
    }

    func closed() {
        let waiting: [CheckedContinuation<JSONValue, any Error>] = lock.withLock {
            isClosed = true
            defer { pending.removeAll() }
            return Array(pending.values)
        }
        for continuation in waiting { continuation.resume(throwing: ConnectionError.closed) }
    }
}

/// Hands frames from the pipeline to the client once it exists.
final class ClientBox: @unchecked Sendable {
    weak var client: RPCClient?
}

/// Sends the HTTP upgrade request when the connection opens.
final class UpgradeRequestHandler: ChannelInboundHandler, RemovableChannelHandler, @unchecked Sendable {
    typealias InboundIn = HTTPClientResponsePart
    typealias OutboundOut = HTTPClientRequestPart

    let host: String
    let port: Int
    let path: String
    let failed: EventLoopPromise<Void>

    init(host: String, port: Int, path: String, failed: EventLoopPromise<Void>) {
        self.host = host
        self.port = port
        self.path = path
        self.failed = failed
    }

    func channelActive(context: ChannelHandlerContext) {
        var headers = HTTPHeaders()
        headers.add(name: "Host", value: "\(host):\(port)")
        headers.add(name: "Content-Length", value: "0")
        let head = HTTPRequestHead(version: .http1_1, method: .GET, uri: path, headers: headers)
        context.write(wrapOutboundOut(.head(head)), promise: nil)
        context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        // A plain HTTP answer means the upgrade was refused.
        failed.fail(RPCClient.ConnectionError.upgradeFailed)
        context.close(promise: nil)
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        failed.fail(error)
        context.close(promise: nil)
    }
}

/// Reads text frames and answers pings on the client side.
final class ClientFrameHandler: ChannelInboundHandler, @unchecked Sendable {
    typealias InboundIn = WebSocketFrame
    typealias OutboundOut = WebSocketFrame

    let box: ClientBox

    init(box: ClientBox) { self.box = box }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let frame = unwrapInboundIn(data)
        switch frame.opcode {
        case .text, .binary:
            var data = frame.unmaskedData
            box.client?.received(data.readBytes(length: data.readableBytes) ?? [])
        case .ping:
            context.writeAndFlush(wrapOutboundOut(WebSocketFrame(fin: true, opcode: .pong, maskKey: .random(), data: frame.unmaskedData)), promise: nil)
        case .connectionClose:
            context.close(promise: nil)
        default:
            break
        }
    }

    func channelInactive(context: ChannelHandlerContext) {
        box.client?.closed()
        context.fireChannelInactive()
    }
}
