import Synapse
import Testing
@testable import Axon

@Suite struct NonceStateMachineTests {
    let now: Int64 = 1_800_000_000_000_000_000

    func envelope(nonce: Int64?, uuid: String = "u", timeout: Double = 12) -> SynapseEnvelope {
        SynapseEnvelope(
            timeout: timeout,
            dendrite: TerminalInfo(nonce: nonce, uuid: uuid, hotkey: "5Caller", signature: "0xsig"),
            computedBodyHash: BodyHash.empty)
    }

    func accept(_ machine: inout NonceStateMachine, _ e: SynapseEnvelope, at time: Int64) -> NonceStateMachine.VerdictAction {
        guard case .verifySignature(let message, let key, let nonce) = machine.receive(e, now: time) else {
            return .reject("receive refused")
        }
        return machine.signatureChecked(
            endpointKey: key, nonce: nonce, message: message, signature: "0xsig", valid: true, timeout: e.timeout, now: time)
    }

    @Test func freshNonceIsAcceptedAndItsMessageIsBittensors() {
        let machine = NonceStateMachine(axonHotkey: "5Axon")
        #expect(machine.receive(envelope(nonce: now), now: now)
            == .verifySignature(message: "\(now).5Caller.5Axon.u.\(BodyHash.empty)", endpointKey: "5Caller:u", nonce: now))
    }

    @Test func replayedAndDecreasingNoncesAreRefused() {
        var machine = NonceStateMachine(axonHotkey: "5Axon")
        #expect(accept(&machine, envelope(nonce: now), at: now) == .accept)
        #expect(machine.receive(envelope(nonce: now), now: now + 1) == .reject("Nonce is too old, a newer one was last processed"))
        #expect(machine.receive(envelope(nonce: now - 1), now: now + 1) == .reject("Nonce is too old, a newer one was last processed"))
        #expect(accept(&machine, envelope(nonce: now + 5), at: now + 6) == .accept)
        // Another uuid of the same hotkey is another endpoint.
        #expect(accept(&machine, envelope(nonce: now, uuid: "v"), at: now + 6) == .accept)
    }

    @Test func staleNonceIsRefusedWithBittensorsText() {
        let machine = NonceStateMachine(axonHotkey: "5Axon")
        let old = now - 17_000_000_000
        #expect(machine.receive(envelope(nonce: old, timeout: 12), now: now)
            == .reject("Nonce is too old: acceptable delta is 16.00 seconds but request was 17.00 seconds old"))
        // A huge timeout header cannot widen the window beyond the cap.
        #expect(machine.receive(envelope(nonce: now - 3_600_000_000_000, timeout: 1e9), now: now) != .verifySignature(
            message: "", endpointKey: "", nonce: 0))
        if case .verifySignature = machine.receive(envelope(nonce: now - 3_600_000_000_000, timeout: 1e9), now: now) {
            Issue.record("window not capped")
        }
    }

    @Test func missingNonceAndBadSignature() {
        var machine = NonceStateMachine(axonHotkey: "5Axon")
        #expect(machine.receive(envelope(nonce: nil), now: now) == .reject("Missing Nonce"))
        #expect(machine.signatureChecked(endpointKey: "k", nonce: now, message: "m", signature: "0xs", valid: false, timeout: 12, now: now)
            == .reject("Signature mismatch with m and 0xs"))
        #expect(machine.trackedEndpoints == 0)
    }

    @Test func concurrentSameNonceCommitsOnce() {
        var machine = NonceStateMachine(axonHotkey: "5Axon")
        let e = envelope(nonce: now)
        guard case .verifySignature(let m, let k, let n) = machine.receive(e, now: now) else { Issue.record(); return }
        #expect(machine.receive(e, now: now) != .reject("Missing Nonce"))  // both pass the first check
        #expect(machine.signatureChecked(endpointKey: k, nonce: n, message: m, signature: "s", valid: true, timeout: 12, now: now) == .accept)
        #expect(machine.signatureChecked(endpointKey: k, nonce: n, message: m, signature: "s", valid: true, timeout: 12, now: now)
            == .reject("Nonce is too old, a newer one was last processed"))
    }

    @Test func expiredEndpointsArePruned() {
        var configuration = NonceStateMachine.Configuration()
        configuration.pruneThreshold = 8
        var machine = NonceStateMachine(axonHotkey: "5Axon", configuration: configuration)
        for i in 0..<8 { _ = accept(&machine, envelope(nonce: now + Int64(i), uuid: "old\(i)"), at: now) }
        let later = now + 120_000_000_000
        for i in 0..<8 { _ = accept(&machine, envelope(nonce: later + Int64(i), uuid: "new\(i)"), at: later) }
        #expect(machine.trackedEndpoints <= 8)
    }
}

@Suite struct PriorityQueueStateMachineTests {
    @Test func higherPriorityStartsFirstAndTiesAreFIFO() {
        var queue = PriorityQueueStateMachine<String>(maxWorkers: 1, maxSize: 4)
        #expect(queue.enqueue("first", priority: 0) == .run)
        #expect(queue.enqueue("low", priority: 1) == .wait)
        #expect(queue.enqueue("high", priority: 100) == .wait)
        #expect(queue.enqueue("mid-a", priority: 50) == .wait)
        #expect(queue.enqueue("mid-b", priority: 50) == .wait)
        #expect(queue.enqueue("overflow", priority: 1000) == .reject)
        queue.checkInvariants()
        var order: [String] = []
        while case .start(let id) = queue.finished() { order.append(id) }
        #expect(order == ["high", "mid-a", "mid-b", "low"])
        #expect(queue.running == 0)
    }

    @Test func cancelledWaitersNeverStart() {
        var queue = PriorityQueueStateMachine<Int>(maxWorkers: 2, maxSize: 8)
        #expect(queue.enqueue(0, priority: 0) == .run)
        #expect(queue.enqueue(1, priority: 0) == .run)
        for id in 2..<8 { #expect(queue.enqueue(id, priority: Double(id)) == .wait) }
        let cancelled = queue.cancel(5)
        let again = queue.cancel(5)
        #expect(cancelled && !again)
        queue.checkInvariants()
        var started: [Int] = []
        while case .start(let id) = queue.finished() { started.append(id) }
        #expect(started == [7, 6, 4, 3, 2])
        #expect(queue.finished() == .none)
        #expect(queue.running == 0)
    }

    @Test(arguments: [(1, 0), (1, 3), (3, 2), (4, 16)])
    func randomisedSchedulesKeepTheInvariants(workers: Int, size: Int) {
        var queue = PriorityQueueStateMachine<Int>(maxWorkers: workers, maxSize: size)
        var generator = SystemRandomNumberGenerator()
        var waiting = Set<Int>()
        for id in 0..<500 {
            switch Int.random(in: 0..<3, using: &generator) {
            case 0:
                if queue.enqueue(id, priority: Double(Int.random(in: 0..<5, using: &generator))) == .wait { waiting.insert(id) }
            case 1:
                if queue.running > 0, case .start(let started) = queue.finished() { waiting.remove(started) }
            default:
                if let victim = waiting.randomElement(using: &generator) {
                    let cancelled = queue.cancel(victim)
                    #expect(cancelled)
                    waiting.remove(victim)
                }
            }
            queue.checkInvariants()
            #expect(queue.waiting == waiting.count)
        }
    }
}

@Suite struct BlacklistPolicyTests {
    let registry = StaticCallerRegistry(stakes: ["rich": 1000, "poor": 1])

    @Test func decisions() {
        let policy = BlacklistPolicy(registry: registry, minimumStake: 10)
        #expect(policy.decide(hotkey: "rich") == .allow(priority: 1000))
        #expect(policy.decide(hotkey: "stranger") == .blacklist("Unrecognized hotkey stranger"))
        #expect(policy.decide(hotkey: "poor") == .blacklist("Hotkey poor has stake 1.0 below the minimum 10.0"))
        #expect(policy.decide(hotkey: nil) == .blacklist("Missing dendrite hotkey"))
        #expect(BlacklistPolicy(registry: registry, allowUnregistered: true).decide(hotkey: "stranger") == .allow(priority: 0))
        #expect(BlacklistPolicy(registry: nil).decide(hotkey: "anyone") == .allow(priority: 0))
    }
}
