import Hummingbird
import Logging
import ServiceLifecycle
import NIOCore
import Synchronization

/// A running HTTP server for an `AxonCore`: bittensor's axon, served by Hummingbird.
///
/// `Axon` is a `Service`: run it in a `ServiceGroup` for graceful shutdown, or call `start()`
/// to serve in the background and learn the bound port (tests bind `127.0.0.1:0`).
public struct Axon: Service {
    public let core: AxonCore
    let onRunning: @Sendable (Int) async -> Void

    public init(core: AxonCore, onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) {
        self.core = core
        self.onRunning = onRunning
    }

    /// Serves until cancelled or shut down gracefully.
    public func run() async throws {
        let configuration = core.configuration
        var logger = Logger(label: "axon")
        logger.logLevel = .critical
        let host = configuration.ip.trimmingCharacters(in: ["[", "]"])
        let app = Application(
            responder: AxonResponder(core: core),
            configuration: .init(address: .hostname(host, port: configuration.port), serverName: nil),
            onServerRunning: { [onRunning] channel in await onRunning(channel.localAddress?.port ?? 0) },
            logger: logger)
        try await app.run()
    }

    /// Starts serving in a background task and returns once the socket is bound.
    ///
    /// - Throws: the server's error if it could not bind.
    public func start() async throws -> RunningAxon {
        let (ports, continuation) = AsyncStream<Int>.makeStream()
        let axon = Axon(core: core) { port in continuation.yield(port) }
        let task = Task {
            defer { continuation.finish() }
            try await axon.run()
        }
        for await port in ports { return RunningAxon(core: core, port: port, task: task) }
        try await task.value
        throw AxonError.notStarted
    }
}

/// An axon serving in the background.
public struct RunningAxon: Sendable {
    public let core: AxonCore
    /// The bound port.
    public let port: Int
    let task: Task<Void, any Error>

    /// Stops serving and waits for the server to close.
    public func stop() async {
        task.cancel()
        _ = await task.result
    }
}

/// Why an axon could not serve.
public enum AxonError: Error, CustomStringConvertible {
    case notStarted

    public var description: String { "the axon stopped before it was listening" }
}
