import Foundation
import Keys
import Synapse
import Synchronization

/// The axon's request pipeline without a socket: bittensor 7.4.0's `AxonMiddleware` order —
/// preprocess → blacklist → verify → body integrity → priority → forward → response — with
/// every refusal mapped to bittensor's status code and message.
///
/// Concurrency contract: `attach` before serving; `handle` may then be called from any number
/// of tasks. The nonce table and the worker queue are the only shared state, each behind its
/// own lock; signatures are checked outside both.
public final class AxonCore: Sendable {
    /// The axon's hotkey (SS58).
    public let hotkey: String
    /// This axon instance's identifier (bittensor: `uuid1()` at construction).
    public let uuid: String
    public let configuration: AxonConfiguration
    let keypair: Keypair
    let policy: BlacklistPolicy
    let nonces: Mutex<NonceStateMachine>
    let gate: PriorityGate
    let inFlight = Atomic<Int>(0)
    let handlers = Mutex<[String: AttachedSynapse]>([:])
    let publicKeys = Mutex<[String: Sr25519.PublicKey]>([:])
    let clock: @Sendable () -> Int64

    /// - Parameters:
    ///   - keypair: the axon's hotkey pair (it signs each answer).
    ///   - registry: registered callers and their stake; `nil` serves everyone.
    ///   - clock: nanoseconds since the Unix epoch (injected for tests).
    public init(
        keypair: Keypair, configuration: AxonConfiguration = AxonConfiguration(),
        registry: (any CallerRegistry)? = nil,
        clock: @escaping @Sendable () -> Int64 = AxonCore.wallClockNanoseconds
    ) {
        self.keypair = keypair
        self.hotkey = (try? keypair.ss58Address()) ?? ""
        self.uuid = UUID().uuidString.lowercased()
        self.configuration = configuration
        self.policy = BlacklistPolicy(
            registry: registry, allowUnregistered: configuration.allowNonRegistered,
            minimumStake: configuration.blacklistMinimumStake)
        self.nonces = Mutex(NonceStateMachine(axonHotkey: hotkey, configuration: configuration.nonce))
        self.gate = PriorityGate(maxWorkers: configuration.priorityMaxWorkers, maxSize: configuration.priorityMaxSize)
        self.clock = clock
        attach(BaseSynapse.self) { $0 }  // the built-in ping, as every bittensor axon has
    }

    /// `time.time_ns()`.
    @Sendable public static func wallClockNanoseconds() -> Int64 {
        var spec = timespec()
        clock_gettime(CLOCK_REALTIME, &spec)
        return Int64(spec.tv_sec) * 1_000_000_000 + Int64(spec.tv_nsec)
    }

    /// Serves `Payload` at `/<Payload.name>` with `forward`, replacing any earlier handler.
    public func attach<Payload: SynapsePayload>(
        _ type: Payload.Type,
        forward: @escaping @Sendable (SynapseMessage<Payload>) async throws -> SynapseMessage<Payload>
    ) {
        let attached = AttachedSynapse(type, forward: forward)
        handlers.withLock { $0[attached.name] = attached }
    }

    /// The names served, sorted.
    public var synapseNames: [String] { handlers.withLock { $0.keys.sorted() } }

    /// Requests inside the pipeline now.
    public var requestsInFlight: Int { inFlight.load(ordering: .relaxed) }

    /// Answers one request; never throws: every failure becomes a status.
    public func handle(_ request: AxonRequest) async -> AxonResponse {
        let start = clock()
        if inFlight.wrappingAdd(1, ordering: .relaxed).newValue > configuration.maxConcurrentRequests {
            inFlight.wrappingSubtract(1, ordering: .relaxed)
            var envelope = (try? SynapseEnvelope(headers: request.headers)) ?? SynapseEnvelope()
            return refuse(&envelope, .unavailable, "Axon is at capacity (\(configuration.maxConcurrentRequests) requests)", start: start)
        }
        defer { inFlight.wrappingSubtract(1, ordering: .relaxed) }
        return await process(request, start: start)
    }
}
