import SCALECodec

/// One entry of `System.Events`: the phase, the event as the runtime's outer enum encodes it
/// (`pallet index ‖ variant index ‖ fields`), and topics.
///
/// Only the runtime knows each event's field types, so records are decoded with
/// `decode(from:readEvent:)`, given a function that reads one encoded event.
public struct EventRecord: Equatable, Sendable, SCALEEncodable {
    /// When the event happened.
    public var phase: Phase
    /// The SCALE bytes of the runtime event.
    public var event: [UInt8]
    /// Topic hashes (unused by Subtensor; always empty).
    public var topics: [[UInt8]]

    public init(phase: Phase, event: [UInt8], topics: [[UInt8]] = []) {
        self.phase = phase
        self.event = event
        self.topics = topics
    }

    /// The pallet index of the event.
    public var palletIndex: UInt8? { event.first }
    /// The variant index of the event within its pallet.
    public var variantIndex: UInt8? { event.count > 1 ? event[1] : nil }

    public func encode(to encoder: inout SCALEEncoder) {
        phase.encode(to: &encoder)
        encoder.appendBytes(event)
        encoder.encodeCompactLength(topics.count)
        for topic in topics { encoder.appendBytes(topic) }
    }

    /// Decodes one record; `readEvent` reads one encoded runtime event and returns its bytes.
    public static func decode(
        from decoder: inout SCALEDecoder, readEvent: (inout SCALEDecoder) throws -> [UInt8]
    ) throws -> EventRecord {
        let phase = try decoder.decode(Phase.self)
        let event = try readEvent(&decoder)
        let count = try decoder.decodeCompactLength(of: [UInt8].self, minimumElementLength: 32)
        var topics: [[UInt8]] = []
        for _ in 0..<count { topics.append(try decoder.decodeFixedBytes(32)) }
        return EventRecord(phase: phase, event: event, topics: topics)
    }
}
