import Foundation
import JSON

/// One client connection: where notifications go and which subscriptions it holds, so they
/// end with the connection.
public final class RPCSession: @unchecked Sendable {
    private let lock = NSLock()
    private let sendText: @Sendable (String) -> Void
    private var cancellations: [String: @Sendable () -> Void] = [:]
    private var closed = false
    /// Whether the transport can carry notifications (WebSocket yes, HTTP no).
    public let supportsSubscriptions: Bool

    public init(supportsSubscriptions: Bool, send: @escaping @Sendable (String) -> Void) {
        self.supportsSubscriptions = supportsSubscriptions
        sendText = send
    }

    /// Sends a notification for `subscription` (JSON-RPC `method` with `params.subscription`).
    public func notify(method: String, subscription: String, result: JSONValue) {
        let message = JSONValue.object([
            ("jsonrpc", .string("2.0")), ("method", .string(method)),
            ("params", .object([("subscription", .string(subscription)), ("result", result)])),
        ])
        lock.lock()
        let isOpen = !closed && cancellations[subscription] != nil
        lock.unlock()
        if isOpen { sendText(message.description) }
    }

    private var pendingStarts: [@Sendable () -> Void] = []

    /// Runs `start` once the response being prepared has been written (a subscription's first
    /// notification must follow its id).
    public func afterNextWrite(_ start: @escaping @Sendable () -> Void) {
        lock.lock()
        pendingStarts.append(start)
        lock.unlock()
    }

    /// Called by the transport after it wrote a response.
    public func didWrite() {
        lock.lock()
        let starts = pendingStarts
        pendingStarts.removeAll()
        lock.unlock()
        for start in starts { start() }
    }

    /// Registers a subscription and what ends it.
    public func register(_ subscription: String, cancel: @escaping @Sendable () -> Void) {
        lock.lock()
        defer { lock.unlock() }
        if closed { cancel() } else { cancellations[subscription] = cancel }
    }

    /// Ends one subscription; `false` if this session does not hold it.
    @discardableResult
    public func unsubscribe(_ subscription: String) -> Bool {
        lock.lock()
        let cancel = cancellations.removeValue(forKey: subscription)
        lock.unlock()
        cancel?()
        return cancel != nil
    }

    /// Ends every subscription (the connection closed).
    public func close() {
        lock.lock()
        closed = true
        let all = cancellations
        cancellations.removeAll()
        lock.unlock()
        for cancel in all.values { cancel() }
    }

    /// The number of live subscriptions.
    public var subscriptionCount: Int {
        lock.lock()
        defer { lock.unlock() }
        return cancellations.count
    }

    /// A new subscription id: 16 random letters and digits, as Substrate hands out.
    public static func newSubscriptionID() -> String {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        return String((0..<16).map { _ in alphabet.randomElement()! })
    }
}
