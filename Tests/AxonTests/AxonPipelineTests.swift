import CompressNIO
import Foundation
import Keys
import NIOCore
import Synapse
import Testing
@testable import Axon

/// Each case runs in memory and over a real socket on 127.0.0.1.
@Suite(.timeLimit(.minutes(1))) struct AxonPipelineTests {
    @Test(arguments: Transport.allCases)
    func signedPingIsServed(transport: Transport) async throws {
        let axon = try await AxonHarness.make(transport)
        let answer = try await axon.send(signedRequest(BaseSynapse(), from: TestKeys.rich))
        await axon.close()
        #expect(answer.status == 200)
        #expect(answer.headers["bt_header_axon_status_code"] == "200")
        #expect(answer.headers["bt_header_axon_status_message"] == "Success")
        #expect(answer.headers["bt_header_axon_hotkey"] == TestKeys.address(TestKeys.axon))
        let message = try SynapseMessage<BaseSynapse>.decode(jsonBody: answer.body)
        #expect(message.axon.statusCode == 200)
        #expect(message.dendrite.hotkey == TestKeys.address(TestKeys.rich))
        // The axon signs `axon.nonce.dendrite.axon.uuid` with its hotkey.
        let signed = RequestSignature.axonMessage(
            nonce: try #require(message.axon.nonce), dendriteHotkey: TestKeys.address(TestKeys.rich),
            axonHotkey: TestKeys.address(TestKeys.axon), axonUUID: try #require(message.axon.uuid))
        let key = try #require(RequestSignature.publicKey(ss58: TestKeys.address(TestKeys.axon)))
        #expect(RequestSignature.verify(try #require(message.axon.signature), message: signed, publicKey: key))
    }

    @Test(arguments: Transport.allCases)
    func forgedSignatureIsRefusedWith401(transport: Transport) async throws {
        let axon = try await AxonHarness.make(transport)
        var request = signedRequest(BaseSynapse(), from: TestKeys.rich)
        let forged = RequestSignature.sign("something else", with: TestKeys.rich)
        request.headers = request.headers.map { $0.name == "bt_header_dendrite_signature" ? (name: $0.name, value: forged) : $0 }
        let answer = try await axon.send(request)
        await axon.close()
        #expect(answer.status == 401)
        #expect(answer.message?.hasPrefix("Not Verified with error: Signature mismatch with ") == true)
        #expect(answer.headers["bt_header_axon_status_code"] == "401")
    }

    @Test(arguments: Transport.allCases)
    func replayedNonceIsRefusedWith401(transport: Transport) async throws {
        let axon = try await AxonHarness.make(transport)
        let request = signedRequest(BaseSynapse(), from: TestKeys.rich)
        let first = try await axon.send(request)
        let replay = try await axon.send(request)
        await axon.close()
        #expect(first.status == 200)
        #expect(replay.status == 401)
        #expect(replay.message == "Not Verified with error: Nonce is too old, a newer one was last processed")
    }

    @Test(arguments: Transport.allCases)
    func staleTimestampIsRefusedWith401(transport: Transport) async throws {
        let axon = try await AxonHarness.make(transport)
        let old = AxonCore.wallClockNanoseconds() - 60_000_000_000
        let answer = try await axon.send(signedRequest(BaseSynapse(), from: TestKeys.rich, nonce: old))
        await axon.close()
        #expect(answer.status == 401)
        #expect(answer.message?.contains("Nonce is too old: acceptable delta is 16.00 seconds") == true)
    }

    @Test(arguments: Transport.allCases)
    func wrongBodyHashIsRefusedWith400(transport: Transport) async throws {
        let axon = try await AxonHarness.make(transport)
        axon.core.attach(TextCausalLMNext.self) { $0 }
        // Signed for [1, 2, 3], but the body says [6, 6, 6].
        let request = signedRequest(TextCausalLMNext(textInputs: [1, 2, 3], topk: 4), from: TestKeys.rich) { message, body in
            message.payload.textInputs = [6, 6, 6]
            body = try! JSONEncoder().encode(message)
        }
        let answer = try await axon.send(request)
        await axon.close()
        #expect(answer.status == 400)
        #expect(answer.message?.hasPrefix("Hash mismatch between header body hash ") == true)
    }

    @Test(arguments: Transport.allCases)
    func unregisteredCallerIsBlacklistedWith403(transport: Transport) async throws {
        let axon = try await AxonHarness.make(transport)
        let answer = try await axon.send(signedRequest(BaseSynapse(), from: TestKeys.stranger))
        await axon.close()
        #expect(answer.status == 403)
        #expect(answer.message == "Forbidden. Key is blacklisted: Unrecognized hotkey \(TestKeys.address(TestKeys.stranger)).")
    }

    @Test(arguments: Transport.allCases)
    func callerBelowTheStakeThresholdIsBlacklistedWith403(transport: Transport) async throws {
        let axon = try await AxonHarness.make(transport)
        let answer = try await axon.send(signedRequest(BaseSynapse(), from: TestKeys.poor))
        await axon.close()
        #expect(answer.status == 403)
        #expect(answer.message?.contains("below the minimum 10.0") == true)
    }

    @Test(arguments: Transport.allCases)
    func slowHandlerYieldsTimeout408(transport: Transport) async throws {
        let axon = try await AxonHarness.make(transport) { $0.forwardTimeout = 0.3 }
        let latch = Latch()
        let finished = OrderRecorder()
        axon.core.attach(TextSeq2Seq.self) { message in
            await latch.wait()  // ignores cancellation on purpose: only the test releases it
            await finished.append("handler")
            return message
        }
        let answer = try await axon.send(signedRequest(TextSeq2Seq(textPrompt: [1], numToGenerate: 4), from: TestKeys.rich))
        // The answer came back while the handler was still held: the axon did not wait for it.
        #expect(await finished.items.isEmpty)
        await latch.open()
        await axon.close()
        #expect(answer.status == 408)
        #expect(answer.message == "Response timeout after: 12.0s")
    }

    @Test(arguments: Transport.allCases)
    func malformedOversizedAndUnknownRequests(transport: Transport) async throws {
        let axon = try await AxonHarness.make(transport) { $0.limits.maxBodyBytes = 4096 }
        axon.core.attach(TextCausalLMNext.self) { $0 }
        let unknown = try await axon.send(AxonRequest(path: "/Nope", headers: [], body: Data("{}".utf8)))
        #expect(unknown.status == 404)
        #expect(unknown.message == "Synapse name 'Nope' not found. Available synapses ['Synapse', 'TextCausalLMNext']")
        let garbage = signedRequest(TextCausalLMNext(textInputs: [1]), from: TestKeys.rich) { _, body in body = Data("{not json".utf8) }
        #expect(try await axon.send(garbage).status == 400)
        let badToken = try await axon.send(signedRequest(TextCausalLMNext(textInputs: [300]), from: TestKeys.rich))
        #expect(badToken.status == 400)
        let big = try await axon.send(signedRequest(TextCausalLMNext(textInputs: Array(repeating: 7, count: 3000)), from: TestKeys.rich))
        #expect(big.status == 413)
        var badHeader = signedRequest(BaseSynapse(), from: TestKeys.rich)
        badHeader.headers.append((name: "bt_header_dendrite_nonce", value: "x"))
        #expect(try await axon.send(badHeader).status == 400)
        await axon.close()
    }

    @Test(arguments: Transport.allCases)
    func higherStakeIsServedFirstWhenSaturated(transport: Transport) async throws {
        let axon = try await AxonHarness.make(transport) { $0.priorityMaxWorkers = 1; $0.priorityMaxSize = 8 }
        let order = OrderRecorder()
        let latch = Latch()
        axon.core.attach(TextSeq2Seq.self) { message in
            if message.payload.numToGenerate == 2 { await latch.wait() }  // the blocker holds the only worker
            await order.append(message.dendrite.hotkey ?? "")
            return message
        }
        let blocker = Task { try await axon.send(signedRequest(TextSeq2Seq(textPrompt: [1], numToGenerate: 2), from: TestKeys.rich)) }
        try await until { await latch.waiters == 1 }
        let low = Task { try await axon.send(signedRequest(TextSeq2Seq(textPrompt: [1], numToGenerate: 1), from: TestKeys.mid)) }
        try await until { axon.core.gate.waiting == 1 }
        let high = Task { try await axon.send(signedRequest(TextSeq2Seq(textPrompt: [1], numToGenerate: 1), from: TestKeys.rich)) }
        try await until { axon.core.gate.waiting == 2 }
        await latch.open()
        let statuses = [try await blocker.value.status, try await low.value.status, try await high.value.status]
        await axon.close()
        #expect(statuses == [200, 200, 200])
        let rich = TestKeys.address(TestKeys.rich)
        #expect(await order.items == [rich, rich, TestKeys.address(TestKeys.mid)])
    }

    @Test func fullQueueIsRefusedWith503() async throws {
        let axon = try await AxonHarness.make(.memory) { $0.priorityMaxWorkers = 1; $0.priorityMaxSize = 0 }
        let latch = Latch()
        axon.core.attach(TextSeq2Seq.self) { message in
            await latch.wait()
            return message
        }
        let blocker = Task { try await axon.send(signedRequest(TextSeq2Seq(textPrompt: [1]), from: TestKeys.rich)) }
        try await until { await latch.waiters == 1 }
        let refused = try await axon.send(signedRequest(TextSeq2Seq(textPrompt: [1]), from: TestKeys.mid))
        await latch.open()
        #expect(refused.status == 503)
        #expect(refused.message == "Priority queue is full (0 waiting)")
        #expect(try await blocker.value.status == 200)
    }
}

/// Polls `condition` every 5 ms for at most 20 s.
func until(_ condition: @escaping @Sendable () async -> Bool) async throws {
    for _ in 0..<4000 {
        if await condition() { return }
        try await Task.sleep(for: .milliseconds(5))
    }
    Issue.record("condition not reached in time")
}

/// Holds handlers until opened.
actor Latch {
    private var continuations: [CheckedContinuation<Void, Never>] = []
    private var isOpen = false
    var waiters: Int { continuations.count }

    func wait() async {
        if isOpen { return }
        await withCheckedContinuation { continuations.append($0) }
    }

    func open() {
        isOpen = true
        for continuation in continuations { continuation.resume() }
        continuations.removeAll()
    }
}

actor OrderRecorder {
    var items: [String] = []
    func append(_ item: String) { items.append(item) }
}

@Suite(.timeLimit(.minutes(1))) struct AxonGzipTests {
    @Test func gzipBodiesBothWays() async throws {
        let axon = try await AxonHarness.make(.socket) { $0.gzip = true }
        axon.core.attach(TextPrompting.self) { message in
            var answer = message
            answer.payload.completion = String(repeating: "echo ", count: 100)
            return answer
        }
        var request = signedRequest(TextPrompting(roles: ["user"], messages: ["hello"]), from: TestKeys.rich)
        var plain = ByteBuffer(bytes: request.body)
        let compressed = try plain.compress(with: .gzip())
        request.body = Data(compressed.readableBytesView)
        request.headers.append((name: "Content-Encoding", value: "gzip"))
        request.headers.append((name: "Accept-Encoding", value: "gzip"))
        let answer = try await axon.send(request)
        await axon.close()
        #expect(answer.status == 200)
        #expect(answer.headers["content-encoding"] == "gzip")
        var body = ByteBuffer(bytes: answer.body)
        var inflated = ByteBufferAllocator().buffer(capacity: 1 << 20)
        try body.decompress(to: &inflated, with: .gzip())
        let message = try SynapseMessage<TextPrompting>.decode(jsonBody: Data(inflated.readableBytesView))
        #expect(message.payload.completion?.hasPrefix("echo echo") == true)
    }
}
