import Synapse

/// Replay protection for an axon: bittensor 7.4.0's `default_verify` nonce rules as a value
/// whose event methods return what to do, so they are tested with no socket and no clock.
///
/// Per endpoint key `"{dendrite_hotkey}:{dendrite_uuid}"` the axon remembers the last accepted
/// nonce. A request must carry a nonce; the first nonce of an endpoint must be fresh
/// (`nonce > now − allowedDelta − timeout`, nanoseconds); every later nonce must be strictly
/// greater than the remembered one. The signature is checked between the two events, outside
/// any lock: `receive` says which message to verify, `signatureChecked` commits the nonce, and
/// re-checks it, so two concurrent requests with one nonce cannot both pass.
///
/// Unlike bittensor, the window applies to every version (the version header is not signed, so a
/// caller could otherwise opt out of it) and the `timeout` term is capped at
/// `maxTimeoutSeconds` (the timeout header is not signed either). Entries older than the window
/// can never match again and are dropped once the table grows past `pruneThreshold`, which keeps
/// memory bounded by the number of callers seen within one window.
public struct NonceStateMachine: Sendable {
    public struct Configuration: Sendable {
        /// bittensor's `ALLOWED_DELTA`: 4 s.
        public var allowedDeltaNanoseconds: Int64 = 4_000_000_000
        /// The most of the caller's `timeout` the window may add.
        public var maxTimeoutSeconds: Double = 60
        /// Table size that triggers pruning of expired entries.
        public var pruneThreshold: Int = 65_536

        public init() {}
    }

    /// What `receive` asks for.
    public enum ReceiveAction: Equatable, Sendable {
        /// Check `signature` over `message`; then call `signatureChecked`.
        case verifySignature(message: String, endpointKey: String, nonce: Int64)
        /// Refuse with 401 and this reason.
        case reject(String)
    }

    /// What `signatureChecked` decides.
    public enum VerdictAction: Equatable, Sendable {
        case accept
        case reject(String)
    }

    public let configuration: Configuration
    public let axonHotkey: String
    private(set) var lastNonce: [String: Int64] = [:]
    private var pruneAt: Int

    public init(axonHotkey: String, configuration: Configuration = Configuration()) {
        self.axonHotkey = axonHotkey
        self.configuration = configuration
        self.pruneAt = configuration.pruneThreshold
    }

    /// Number of endpoints remembered.
    public var trackedEndpoints: Int { lastNonce.count }

    /// A request's dendrite terminal arrived at time `now` (ns since the epoch).
    public func receive(_ envelope: SynapseEnvelope, now: Int64) -> ReceiveAction {
        let dendrite = envelope.dendrite
        guard let nonce = dendrite.nonce else { return .reject("Missing Nonce") }
        guard let hotkey = dendrite.hotkey, let uuid = dendrite.uuid, dendrite.signature != nil else {
            return .reject("Missing dendrite hotkey, uuid or signature")
        }
        let key = "\(hotkey):\(uuid)"
        if let reason = check(nonce: nonce, key: key, timeout: envelope.timeout, now: now) { return .reject(reason) }
        let message = RequestSignature.dendriteMessage(
            nonce: nonce, dendriteHotkey: hotkey, axonHotkey: axonHotkey, uuid: uuid,
            bodyHash: envelope.computedBodyHash ?? "None")
        return .verifySignature(message: message, endpointKey: key, nonce: nonce)
    }

    /// The signature check of a request `receive` accepted finished with `valid`.
    public mutating func signatureChecked(
        endpointKey: String, nonce: Int64, message: String, signature: String, valid: Bool,
        timeout: Double?, now: Int64
    ) -> VerdictAction {
        guard valid else { return .reject("Signature mismatch with \(message) and \(signature)") }
        if let reason = check(nonce: nonce, key: endpointKey, timeout: timeout, now: now) { return .reject(reason) }
        lastNonce[endpointKey] = nonce
        if lastNonce.count >= pruneAt { prune(now: now) }
        return .accept
    }

    func check(nonce: Int64, key: String, timeout: Double?, now: Int64) -> String? {
        if let last = lastNonce[key] {
            return nonce <= last ? "Nonce is too old, a newer one was last processed" : nil
        }
        let window = windowNanoseconds(timeout: timeout)
        if nonce <= now &- window {
            let age = Double(now &- nonce) / 1e9
            return "Nonce is too old: acceptable delta is \(Self.twoDecimals(Double(window) / 1e9)) seconds "
                + "but request was \(Self.twoDecimals(age)) seconds old"
        }
        return nil
    }

    func windowNanoseconds(timeout: Double?) -> Int64 {
        let seconds = min(max(timeout ?? 0, 0), configuration.maxTimeoutSeconds)
        return configuration.allowedDeltaNanoseconds + Int64(seconds * 1e9)
    }

    /// Drops endpoints whose last nonce is older than the widest window: any nonce they could
    /// replay is refused as too old anyway.
    mutating func prune(now: Int64) {
        let horizon = now &- windowNanoseconds(timeout: configuration.maxTimeoutSeconds)
        lastNonce = lastNonce.filter { $0.value > horizon }
        pruneAt = max(configuration.pruneThreshold, lastNonce.count * 2)
    }

    static func twoDecimals(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let sign = hundredths < 0 ? "-" : ""
        let magnitude = abs(hundredths)
        let fraction = magnitude % 100
        return "\(sign)\(magnitude / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
