import Foundation

/// One synapse on the wire: the common envelope plus the payload of its kind. Its JSON body is
/// one flat object, like pydantic's `model_dump()` of a `Synapse` subclass.
public struct SynapseMessage<Payload: SynapsePayload>: Sendable {
    public var envelope: SynapseEnvelope
    public var payload: Payload

    public init(envelope: SynapseEnvelope = SynapseEnvelope(), payload: Payload) {
        self.envelope = envelope
        self.envelope.name = Payload.name
        self.payload = payload
    }

    /// The caller's terminal.
    public var dendrite: TerminalInfo {
        get { envelope.dendrite }
        set { envelope.dendrite = newValue }
    }

    /// The server's terminal.
    public var axon: TerminalInfo {
        get { envelope.axon }
        set { envelope.axon = newValue }
    }

    /// The headers `to_headers` writes for this message.
    public func headers(totalSize: Int = 0) -> [(String, String)] {
        envelope.headers(
            requiredFields: Payload.requiredFieldDefaults, bodyHash: payload.bodyHash, totalSize: totalSize)
    }

    /// The JSON body: one flat object, the envelope's members then the payload's.
    public func jsonBody() throws -> Data {
        var writer = JSONWriter()
        writer.raw("{")
        writer.envelopeMembers(envelope)
        if !(payload is BaseSynapse) {
            let fields = try JSONEncoder().encode(payload)
            // `{…}` of the payload: splice its members in after the envelope's.
            if fields.count > 2 {
                writer.raw(",")
                writer.bytes.append(contentsOf: fields.dropFirst().dropLast())
            }
        }
        writer.raw("}")
        return Data(writer.bytes)
    }

    /// Decodes only the payload of a JSON body (the axon already has the envelope from the
    /// headers), mapping any failure to `SynapseError.malformedBody`.
    public static func decodePayload(jsonBody: Data) throws(SynapseError) -> Payload {
        do {
            return try JSONDecoder().decode(Payload.self, from: jsonBody)
        } catch {
            throw .malformedBody(Self.describe(error))
        }
    }

    /// Decodes a JSON body, mapping any failure to `SynapseError.malformedBody`.
    public static func decode(jsonBody: Data) throws(SynapseError) -> SynapseMessage {
        do {
            return try JSONDecoder().decode(SynapseMessage.self, from: jsonBody)
        } catch {
            throw .malformedBody(Self.describe(error))
        }
    }

    static func describe(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return "not valid JSON" }
        switch error {
        case .keyNotFound(let key, _): return "missing field '\(key.stringValue)'"
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            return "wrong type at '\(path)'"
        case .dataCorrupted(let context):
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            return path.isEmpty ? "not valid JSON" : "invalid value at '\(path)'"
        @unknown default: return "not valid JSON"
        }
    }
}

extension SynapseMessage: Codable {
    public func encode(to encoder: any Encoder) throws {
        try envelope.encode(into: encoder)
        try payload.encode(to: encoder)
    }

    public init(from decoder: any Decoder) throws {
        envelope = try SynapseEnvelope(decoding: decoder)
        payload = try Payload(from: decoder)
    }
}
