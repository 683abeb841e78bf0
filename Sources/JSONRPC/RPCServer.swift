import NIOCore
import NIOHTTP1
import NIOPosix
import NIOWebSocket

/// JSON-RPC over WebSocket and HTTP POST on one port (as a Substrate node serves it), on SwiftNIO.
///
/// Each connection's messages are handled in order; a WebSocket frame may be up to
/// `maximumFrameSize` bytes (the metadata answer is ~0.6 MB). Requests are bounded in size,
/// malformed input gets JSON-RPC errors, and the server keeps serving.
public final class RPCServer: Sendable {
    /// Largest incoming or outgoing WebSocket message and HTTP body.
    public static let maximumFrameSize = 16 * 1024 * 1024

    private let router: RPCRouter
    private let group: MultiThreadedEventLoopGroup
    private let channel: any Channel

    /// The bound port (useful when asked for port 0).
    public let port: Int

    /// Starts listening on `host`:`port`.
    public init(router: RPCRouter, host: String, port: Int, threads: Int = 1) async throws {
        self.router = router
        group = MultiThreadedEventLoopGroup(numberOfThreads: threads)
        let router = router
        let bootstrap = ServerBootstrap(group: group)
            .serverChannelOption(ChannelOptions.backlog, value: 256)
            .serverChannelOption(ChannelOptions.socketOption(.so_reuseaddr), value: 1)
            .childChannelOption(ChannelOptions.socketOption(.tcp_nodelay), value: 1)
            .childChannelInitializer { channel in
                let http = HTTPRPCHandler(router: router)
                let upgrader = NIOWebSocketServerUpgrader(
                    maxFrameSize: Self.maximumFrameSize,
                    shouldUpgrade: { channel, _ in channel.eventLoop.makeSucceededFuture(HTTPHeaders()) },
                    upgradePipelineHandler: { channel, _ in
                        channel.eventLoop.makeCompletedFuture {
                            try channel.pipeline.syncOperations.addHandlers([
                                NIOWebSocketFrameAggregator(
                                    minNonFinalFragmentSize: 0, maxAccumulatedFrameCount: 4096, maxAccumulatedFrameSize: Self.maximumFrameSize),
                                WebSocketRPCHandler(router: router),
                            ])
                        }
                    })
                let upgrade: NIOHTTPServerUpgradeConfiguration = (
                    upgraders: [upgrader],
                    completionHandler: { context in context.pipeline.removeHandler(http, promise: nil) }
                )
                return channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline(withServerUpgrade: upgrade)
                    try channel.pipeline.syncOperations.addHandler(http)
                }
            }
        channel = try await bootstrap.bind(host: host, port: port).get()
        self.port = channel.localAddress?.port ?? port
    }

    /// Stops listening and closes the event loops.
    public func shutdown() async {
        try? await channel.close()
        try? await group.shutdownGracefully()
    }
}

/// Serves JSON-RPC requests POSTed over HTTP/1.1 (no subscriptions).
final class HTTPRPCHandler: ChannelInboundHandler, RemovableChannelHandler, @unchecked Sendable {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    private let router: RPCRouter
    private var head: HTTPRequestHead?
    private var body: [UInt8] = []
    private var tooLarge = false

    init(router: RPCRouter) { self.router = router }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head):
            self.head = head
            body.removeAll(keepingCapacity: true)
            tooLarge = false
        case .body(var buffer):
            if body.count + buffer.readableBytes > RPCServer.maximumFrameSize {
                tooLarge = true
            } else if let bytes = buffer.readBytes(length: buffer.readableBytes) {
                body += bytes
            }
        case .end:
            guard let head else { return }
            self.head = nil
            let keepAlive = head.isKeepAlive
            if head.method != .POST {
                respond(context: context, status: head.method == .GET ? .ok : .methodNotAllowed,
                        text: "Used HTTP Method is not allowed. POST or OPTIONS is required\n", keepAlive: keepAlive, json: false)
                return
            }
            if tooLarge {
                respond(context: context, status: .payloadTooLarge, text: "", keepAlive: false, json: false)
                return
            }
            let bytes = body
            let router = router
            let loop = context.eventLoop
            let boxed = NIOLoopBound(context, eventLoop: loop)
            let session = RPCSession(supportsSubscriptions: false) { _ in }
            Task {
                let answer = await router.handle(bytes, session: session)
                loop.execute {
                    self.respond(context: boxed.value, status: .ok, text: answer ?? "", keepAlive: keepAlive, json: true)
                }
            }
        }
    }

    private func respond(context: ChannelHandlerContext, status: HTTPResponseStatus, text: String, keepAlive: Bool, json: Bool) {
        var headers = HTTPHeaders()
        headers.add(name: "Content-Type", value: json ? "application/json; charset=utf-8" : "text/plain")
        headers.add(name: "Content-Length", value: String(text.utf8.count))
        if !keepAlive { headers.add(name: "Connection", value: "close") }
        context.write(wrapOutboundOut(.head(HTTPResponseHead(version: .http1_1, status: status, headers: headers))), promise: nil)
        context.write(wrapOutboundOut(.body(.byteBuffer(context.channel.allocator.buffer(string: text)))), promise: nil)
        let done = context.writeAndFlush(wrapOutboundOut(.end(nil)))
        let channel = context.channel
        if !keepAlive { done.whenComplete { _ in channel.close(promise: nil) } }
    }
}

/// Serves JSON-RPC over a WebSocket: one request (or batch) per text frame, answers and
/// subscription notifications as text frames; messages of one connection are handled in order.
final class WebSocketRPCHandler: ChannelInboundHandler, @unchecked Sendable {
    typealias InboundIn = WebSocketFrame
    typealias OutboundOut = WebSocketFrame

    private let router: RPCRouter
    private var session: RPCSession?
    private var queue: AsyncStream<[UInt8]>.Continuation?

    init(router: RPCRouter) { self.router = router }

    func handlerAdded(context: ChannelHandlerContext) {
        let channel = context.channel
        let session = RPCSession(supportsSubscriptions: true) { text in
            Self.send(text, on: channel)
        }
        self.session = session
        let (stream, continuation) = AsyncStream<[UInt8]>.makeStream(bufferingPolicy: .bufferingNewest(10_000))
        queue = continuation
        let router = router
        Task {
            for await message in stream {
                if let answer = await router.handle(message, session: session) {
                    Self.send(answer, on: channel)
                }
                session.didWrite()
            }
        }
    }

    static func send(_ text: String, on channel: any Channel) {
        var buffer = channel.allocator.buffer(capacity: text.utf8.count)
        buffer.writeString(text)
        channel.writeAndFlush(WebSocketFrame(fin: true, opcode: .text, data: buffer), promise: nil)
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let frame = unwrapInboundIn(data)
        switch frame.opcode {
        case .text, .binary:
            var data = frame.unmaskedData
            queue?.yield(data.readBytes(length: data.readableBytes) ?? [])
        case .ping:
            let pong = WebSocketFrame(fin: true, opcode: .pong, data: frame.unmaskedData)
            context.writeAndFlush(wrapOutboundOut(pong), promise: nil)
        case .connectionClose:
            let close = WebSocketFrame(fin: true, opcode: .connectionClose, data: context.channel.allocator.buffer(capacity: 0))
            let channel = context.channel
            context.writeAndFlush(wrapOutboundOut(close)).whenComplete { _ in channel.close(promise: nil) }
        default:
            break
        }
    }

    func channelInactive(context: ChannelHandlerContext) {
        queue?.finish()
        session?.close()
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        // Oversized or malformed frames: close with the protocol's status, the server goes on.
        var data = context.channel.allocator.buffer(capacity: 2)
        data.write(webSocketErrorCode: .messageTooLarge)
        let channel = context.channel
        context.writeAndFlush(wrapOutboundOut(WebSocketFrame(fin: true, opcode: .connectionClose, data: data))).whenComplete { _ in
            channel.close(promise: nil)
        }
    }
}
