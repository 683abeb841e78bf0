import Foundation
import Keys
import Synapse

extension AxonCore {
    func process(_ request: AxonRequest, start: Int64) async -> AxonResponse {
        // Preprocess: route, headers, our terminal.
        let name = request.path.split(separator: "/", maxSplits: 1).first.map(String.init) ?? ""
        var envelope: SynapseEnvelope
        do {
            envelope = try SynapseEnvelope(headers: request.headers)
        } catch {
            var fallback = SynapseEnvelope()
            return refuse(&fallback, error.status, error.description, start: start)
        }
        guard let handler = handlers.withLock({ $0[name] }) else {
            let error = SynapseError.unknownSynapse(name, available: synapseNames)
            return refuse(&envelope, error.status, error.description, start: start)
        }
        envelope.name = name
        envelope.axon.version = BittensorVersion.asInt
        envelope.axon.uuid = uuid
        envelope.axon.nonce = start
        envelope.axon.statusCode = 100
        envelope.dendrite.ip = request.peerIP
        envelope.dendrite.port = request.peerPort
        if configuration.signResponses {
            let message = RequestSignature.axonMessage(
                nonce: start, dendriteHotkey: envelope.dendrite.hotkey ?? "None",
                axonHotkey: envelope.axon.hotkey ?? "None", axonUUID: uuid)
            envelope.axon.signature = RequestSignature.sign(message, with: keypair)
        }

        // Blacklist.
        let priority: Double
        switch policy.decide(hotkey: envelope.dendrite.hotkey) {
        case .blacklist(let reason):
            return refuse(&envelope, .forbidden, StatusMessage.blacklisted(reason), start: start)
        case .allow(let p): priority = p
        }

        // Verify: nonce window, signature, nonce commit.
        if let reason = verify(envelope) {
            return refuse(&envelope, .unauthorized, StatusMessage.notVerified(reason), start: start)
        }

        // Body integrity and bounds.
        let prepared: PreparedForward
        do throws(SynapseError) {
            guard request.body.count <= configuration.limits.maxBodyBytes else {
                throw .bodyTooLarge(limit: configuration.limits.maxBodyBytes)
            }
            prepared = try handler.prepare(request.body, envelope.computedBodyHash, configuration.limits)
        } catch {
            return refuse(&envelope, error.status, error.description, start: start)
        }

        // Priority: wait for a worker within the time left.
        let timeout = min(max(envelope.timeout ?? BittensorVersion.defaultTimeout, 0), configuration.forwardTimeout)
        let deadline = start + Int64(timeout * 1e9)
        switch await gate.acquire(priority: priority, timeout: .nanoseconds(max(0, deadline - clock()))) {
        case .acquired: break
        case .full:
            return refuse(&envelope, .unavailable, "Priority queue is full (\(configuration.priorityMaxSize) waiting)", start: start)
        case .timedOut:
            return refuse(&envelope, .timeout, StatusMessage.axonTimeout(envelope.timeout ?? timeout), start: start)
        }

        // Forward, bounded by the same deadline; the worker is freed when the handler returns.
        let forwardEnvelope = envelope
        let outcome = await withDeadline(.nanoseconds(max(0, deadline - clock())), onFinish: { [gate] in gate.release() }) {
            try await prepared.run(forwardEnvelope)
        }
        switch outcome {
        case nil:
            return refuse(&envelope, .timeout, StatusMessage.axonTimeout(envelope.timeout ?? timeout), start: start)
        case .failure:
            return refuse(&envelope, .internalError, "Internal Server Error #\(UUID().uuidString.lowercased())", start: start)
        case .success(var result):
            result.envelope.axon = envelope.axon.merging(result.envelope.axon)
            result.envelope.axon.statusCode = 200
            result.envelope.axon.statusMessage = StatusMessage.success
            result.envelope.axon.processTime = Double(clock() - start) / 1e9
            guard let body = try? result.encodeBody(result.envelope) else {
                return refuse(&envelope, .internalError, "Internal Server Error #\(UUID().uuidString.lowercased())", start: start)
            }
            let headers = result.envelope.headers(
                requiredFields: result.requiredFields, bodyHash: result.bodyHash, totalSize: body.count)
            return AxonResponse(status: 200, headers: headers, body: body)
        }
    }

    /// `nil` if the request's signature and nonce pass, else the reason.
    func verify(_ envelope: SynapseEnvelope) -> String? {
        let action = nonces.withLock { $0.receive(envelope, now: clock()) }
        switch action {
        case .reject(let reason): return reason
        case .verifySignature(let message, let key, let nonce):
            let signature = envelope.dendrite.signature ?? ""
            let valid = publicKey(ss58: envelope.dendrite.hotkey ?? "").map {
                RequestSignature.verify(signature, message: message, publicKey: $0)
            } ?? false
            let verdict = nonces.withLock {
                $0.signatureChecked(
                    endpointKey: key, nonce: nonce, message: message, signature: signature, valid: valid,
                    timeout: envelope.timeout, now: clock())
            }
            switch verdict {
            case .accept: return nil
            case .reject(let reason): return reason
            }
        }
    }

    /// The decoded public key of an SS58 hotkey, cached (at most 65,536 entries).
    func publicKey(ss58 address: String) -> Sr25519.PublicKey? {
        if let key = publicKeys.withLock({ $0[address] }) { return key }
        guard let key = RequestSignature.publicKey(ss58: address) else { return nil }
        publicKeys.withLock { cache in
            if cache.count >= 65_536 { cache.removeAll(keepingCapacity: true) }
            cache[address] = key
        }
        return key
    }

    /// An error answer: JSON `{"message": …}` with the synapse headers, as `create_error_response`.
    func refuse(_ envelope: inout SynapseEnvelope, _ status: SynapseStatus, _ message: String, start: Int64) -> AxonResponse {
        envelope.axon.statusCode = status.code
        envelope.axon.statusMessage = message
        envelope.axon.processTime = Double(clock() - start) / 1e9
        let body = (try? JSONEncoder().encode(["message": message])) ?? Data("{}".utf8)
        let headers = envelope.headers(
            requiredFields: [], bodyHash: envelope.computedBodyHash ?? "", totalSize: body.count)
        return AxonResponse(status: status.code, headers: headers, body: body)
    }
}
