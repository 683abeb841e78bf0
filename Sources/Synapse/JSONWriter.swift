import JSON

/// A small JSON writer for the envelope, whose shape is fixed: writing it by hand costs a
/// fraction of `JSONEncoder`'s generic path, and the envelope is on every request and answer.
struct JSONWriter {
    var bytes: [UInt8] = []

    init(capacity: Int = 512) { bytes.reserveCapacity(capacity) }

    mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    mutating func string(_ text: String) {
        JSONString.write(text, to: &bytes)
    }

    mutating func optionalString(_ text: String?) {
        if let text { string(text) } else { raw("null") }
    }

    mutating func optionalInt<T: BinaryInteger>(_ value: T?) {
        if let value { bytes.append(contentsOf: String(value).utf8) } else { raw("null") }
    }

    mutating func optionalDouble(_ value: Double?) {
        guard let value, value.isFinite else { return raw("null") }
        bytes.append(contentsOf: PythonValue.float(value).repr.utf8)
    }

    mutating func terminal(_ t: TerminalInfo) {
        raw("{\"status_code\":"); optionalInt(t.statusCode)
        raw(",\"status_message\":"); optionalString(t.statusMessage)
        raw(",\"process_time\":"); optionalDouble(t.processTime)
        raw(",\"ip\":"); optionalString(t.ip)
        raw(",\"port\":"); optionalInt(t.port)
        raw(",\"version\":"); optionalInt(t.version)
        raw(",\"nonce\":"); optionalInt(t.nonce)
        raw(",\"uuid\":"); optionalString(t.uuid)
        raw(",\"hotkey\":"); optionalString(t.hotkey)
        raw(",\"signature\":"); optionalString(t.signature)
        raw("}")
    }

    /// The envelope's members, without the braces of the enclosing object.
    mutating func envelopeMembers(_ e: SynapseEnvelope) {
        raw("\"name\":"); optionalString(e.name)
        raw(",\"timeout\":"); optionalDouble(e.timeout)
        raw(",\"total_size\":"); optionalInt(e.totalSize)
        raw(",\"header_size\":"); optionalInt(e.headerSize)
        raw(",\"dendrite\":"); terminal(e.dendrite)
        raw(",\"axon\":"); terminal(e.axon)
        raw(",\"computed_body_hash\":"); optionalString(e.computedBodyHash)
    }
}
