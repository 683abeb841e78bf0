import Foundation
import Synapse

/// A forward handler with its synapse type erased, split in the two steps the axon pipeline
/// needs: `prepare` decodes and checks the body before the request queues for a worker;
/// the returned `PreparedForward` runs the handler once a worker is free.
struct AttachedSynapse: Sendable {
    let name: String
    let prepare: @Sendable (_ body: Data, _ headerHash: String?, _ limits: SynapseLimits) throws(SynapseError) -> PreparedForward

    init<Payload: SynapsePayload>(
        _ type: Payload.Type,
        forward: @escaping @Sendable (SynapseMessage<Payload>) async throws -> SynapseMessage<Payload>
    ) {
        name = Payload.name
        prepare = { body, headerHash, limits throws(SynapseError) in
            let payload = try SynapseMessage<Payload>.decodePayload(jsonBody: body)
            let bodyHash = payload.bodyHash
            // bittensor's `verify_body_integrity`: the signed header hash must be the body's.
            guard bodyHash == headerHash else {
                throw .bodyHashMismatch(header: headerHash ?? "None", body: bodyHash)
            }
            try payload.validateRequest(limits)
            return PreparedForward { envelope in
                let answer = try await forward(SynapseMessage(envelope: envelope, payload: payload))
                let answerPayload = answer.payload
                return ForwardResult(
                    envelope: answer.envelope,
                    bodyHash: answerPayload.bodyHash,
                    requiredFields: Payload.requiredFieldDefaults,
                    encodeBody: { envelope in try SynapseMessage(envelope: envelope, payload: answerPayload).jsonBody() })
            }
        }
    }
}

/// A decoded, checked request waiting for a worker.
struct PreparedForward: Sendable {
    let run: @Sendable (SynapseEnvelope) async throws -> ForwardResult
}

/// What a handler answered, ready to be stamped with the status and encoded.
struct ForwardResult: Sendable {
    var envelope: SynapseEnvelope
    let bodyHash: String
    let requiredFields: [(field: String, emptyJSON: String)]
    let encodeBody: @Sendable (SynapseEnvelope) throws -> Data
}
