import AsyncHTTPClient
import Foundation
import Keys
import NIOCore
import NIOHTTP1
import NIOPosix
import Synapse
import Synchronization

/// The client side of the synapse protocol: signs a synapse for each axon, sends them all at
/// once within `--dendrite.max_active_receptors`, and returns every answer with a status code.
///
/// Concurrency contract: one `Dendrite` may be used from any number of tasks; its HTTP client
/// keeps connections alive per axon and reuses them. Call `shutdown()` when done.
public final class Dendrite: Sendable {
    /// The hotkey this dendrite signs with (SS58).
    public let hotkey: String
    /// This dendrite's identifier (bittensor: `uuid1()` per instance).
    public let uuid: String
    public let configuration: DendriteConfiguration
    let keypair: Keypair
    let client: HTTPClient
    let lanes: ReceptorLanes
    let lastNonce = Atomic<Int64>(0)

    public init(keypair: Keypair, configuration: DendriteConfiguration = DendriteConfiguration()) {
        self.keypair = keypair
        self.hotkey = (try? keypair.ss58Address()) ?? ""
        self.uuid = UUID().uuidString.lowercased()
        self.configuration = configuration
        var http = HTTPClient.Configuration()
        http.connectionPool = .init(
            idleTimeout: .seconds(60),
            concurrentHTTP1ConnectionsPerHostSoftLimit: configuration.connectionsPerAxon)
        // Waiting for a pooled connection counts as connecting; the per-call deadline bounds both.
        http.timeout = .init(connect: .seconds(60))
        http.decompression = configuration.gzip ? .enabled(limit: .size(configuration.limits.maxBodyBytes)) : .disabled
        self.client = HTTPClient(eventLoopGroup: MultiThreadedEventLoopGroup.singleton, configuration: http)
        self.lanes = ReceptorLanes(count: configuration.maxActiveReceptors)
    }

    /// Closes the connections.
    public func shutdown() async throws {
        try await client.shutdown()
    }

    /// Sends `payload` to every axon in `targets` at once and returns their answers in the
    /// same order. Every answer carries `dendrite.statusCode` (200, 401, 403, 408, 503 …) and
    /// `dendrite.statusMessage`; nothing throws and no failure is lost.
    ///
    /// - Parameter timeout: seconds each call may take once it is sent.
    public func forward<Payload: SynapsePayload>(
        _ targets: [AxonEndpoint], _ payload: Payload, timeout: Double = BittensorVersion.defaultTimeout
    ) async -> [SynapseMessage<Payload>] {
        await withTaskGroup(of: (Int, SynapseMessage<Payload>).self) { group in
            for (index, target) in targets.enumerated() {
                group.addTask { (index, await self.call(target, payload, timeout: timeout)) }
            }
            var answers = [SynapseMessage<Payload>?](repeating: nil, count: targets.count)
            for await (index, answer) in group { answers[index] = answer }
            return answers.map { $0! }
        }
    }

    /// Sends `payload` to one axon and returns its answer with a status code (never throws).
    public func call<Payload: SynapsePayload>(
        _ target: AxonEndpoint, _ payload: Payload, timeout: Double = BittensorVersion.defaultTimeout
    ) async -> SynapseMessage<Payload> {
        let lane = await lanes.acquire()
        defer { lanes.release(lane) }
        let start = ContinuousClock.now
        var message = prepare(target, payload, timeout: timeout, lane: lane)
        do {
            try await send(&message, to: target, timeout: timeout)
        } catch {
            let (status, text) = Self.classify(error, target: target, name: Payload.name, timeout: timeout)
            message.dendrite.statusCode = status.code
            message.dendrite.statusMessage = text
        }
        let elapsed = ContinuousClock.now - start
        message.dendrite.processTime = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return message
    }

    /// bittensor's `preprocess_synapse_for_request`: our terminal, the axon's, and the signature.
    func prepare<Payload: SynapsePayload>(
        _ target: AxonEndpoint, _ payload: Payload, timeout: Double, lane: Int
    ) -> SynapseMessage<Payload> {
        var message = SynapseMessage(payload: payload)
        message.envelope.timeout = timeout
        let nonce = nextNonce()
        let laneUUID = lane == 0 ? uuid : "\(uuid)-\(lane)"
        message.dendrite = TerminalInfo(
            ip: configuration.externalIP, version: BittensorVersion.asInt, nonce: nonce, uuid: laneUUID, hotkey: hotkey)
        message.axon = TerminalInfo(ip: target.ip, port: target.port, hotkey: target.hotkey)
        let signed = RequestSignature.dendriteMessage(
            nonce: nonce, dendriteHotkey: hotkey, axonHotkey: target.hotkey, uuid: laneUUID, bodyHash: payload.bodyHash)
        message.dendrite.signature = RequestSignature.sign(signed, with: keypair)
        return message
    }

    /// A signed request as `call` would send it (for benchmarks that bypass the network).
    public func prepareForBenchmark<Payload: SynapsePayload>(_ target: AxonEndpoint, _ payload: Payload) -> SynapseMessage<Payload> {
        prepare(target, payload, timeout: BittensorVersion.defaultTimeout, lane: 0)
    }

    /// `time.time_ns()`, made strictly increasing across this dendrite's calls.
    func nextNonce() -> Int64 {
        var spec = timespec()
        clock_gettime(CLOCK_REALTIME, &spec)
        let now = Int64(spec.tv_sec) * 1_000_000_000 + Int64(spec.tv_nsec)
        var last = lastNonce.load(ordering: .relaxed)
        while true {
            let next = max(now, last + 1)
            let (exchanged, original) = lastNonce.compareExchange(expected: last, desired: next, ordering: .relaxed)
            if exchanged { return next }
            last = original
        }
    }
}
