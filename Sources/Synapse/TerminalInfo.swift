/// What one end of a call says about itself: bittensor's `TerminalInfo` (v7.4.0 `synapse.py`).
///
/// A synapse carries two: `dendrite` (the caller) and `axon` (the server). Every field is
/// optional, as in bittensor; absent fields are serialised as JSON `null` in bodies and left out
/// of headers.
public struct TerminalInfo: Sendable, Equatable {
    /// The HTTP status code of the call (200 success, 401, 403, 408 …).
    public var statusCode: Int?
    /// The message paired with `statusCode`.
    public var statusMessage: String?
    /// Seconds this terminal spent on the call.
    public var processTime: Double?
    /// The terminal's IP address.
    public var ip: String?
    /// The terminal's port.
    public var port: Int?
    /// The bittensor version as an integer (`7004000` for 7.4.0).
    public var version: Int?
    /// The sender's nonce: nanoseconds since the Unix epoch (v7.2+).
    public var nonce: Int64?
    /// An identifier fixed per dendrite (or axon) instance.
    public var uuid: String?
    /// The terminal's hotkey, SS58.
    public var hotkey: String?
    /// `"0x" + hex(sr25519 signature)` of the signing message.
    public var signature: String?

    public init(
        statusCode: Int? = nil, statusMessage: String? = nil, processTime: Double? = nil,
        ip: String? = nil, port: Int? = nil, version: Int? = nil, nonce: Int64? = nil,
        uuid: String? = nil, hotkey: String? = nil, signature: String? = nil
    ) {
        self.statusCode = statusCode
        self.statusMessage = statusMessage
        self.processTime = processTime
        self.ip = ip
        self.port = port
        self.version = version
        self.nonce = nonce
        self.uuid = uuid
        self.hotkey = hotkey
        self.signature = signature
    }

    /// The field names, in bittensor's declaration order (headers follow it).
    public static let fieldNames = [
        "status_code", "status_message", "process_time", "ip", "port", "version", "nonce", "uuid",
        "hotkey", "signature",
    ]

    /// The non-`nil` fields as `(name, str(value))`, in declaration order, as `to_headers` renders them.
    public var headerFields: [(String, String)] {
        var fields: [(String, String)] = []
        fields.reserveCapacity(10)
        if let statusCode { fields.append(("status_code", String(statusCode))) }
        if let statusMessage { fields.append(("status_message", statusMessage)) }
        if let processTime { fields.append(("process_time", PythonValue.float(processTime).str)) }
        if let ip { fields.append(("ip", ip)) }
        if let port { fields.append(("port", String(port))) }
        if let version { fields.append(("version", String(version))) }
        if let nonce { fields.append(("nonce", String(nonce))) }
        if let uuid { fields.append(("uuid", uuid)) }
        if let hotkey { fields.append(("hotkey", hotkey)) }
        if let signature { fields.append(("signature", signature)) }
        return fields
    }

    /// Sets field `name` from its header text, as bittensor's validators cast it.
    ///
    /// - Throws: `SynapseError.malformedHeader` when a numeric field does not parse.
    public mutating func set(field name: some StringProtocol, headerValue value: String) throws(SynapseError) {
        func int() throws(SynapseError) -> Int {
            guard let v = Int(value.trimmingSpaces) else { throw .malformedHeader(String(name)) }
            return v
        }
        switch name {
        case "status_code": statusCode = try int()
        case "status_message": statusMessage = value
        case "process_time":
            guard let v = Double(value.trimmingSpaces) else { throw .malformedHeader(String(name)) }
            processTime = v
        case "ip": ip = value
        case "port": port = try int()
        case "version": version = try int()
        case "nonce":
            guard let v = Int64(value.trimmingSpaces) else { throw .malformedHeader(String(name)) }
            nonce = v
        case "uuid": uuid = value
        case "hotkey": hotkey = value
        case "signature": signature = value
        default: break  // bittensor ignores unknown terminal fields
        }
    }

    /// Fields of `other` that are set replace those of `self` (`model_dump(exclude_none=True)` merge).
    public func merging(_ other: TerminalInfo) -> TerminalInfo {
        TerminalInfo(
            statusCode: other.statusCode ?? statusCode, statusMessage: other.statusMessage ?? statusMessage,
            processTime: other.processTime ?? processTime, ip: other.ip ?? ip, port: other.port ?? port,
            version: other.version ?? version, nonce: other.nonce ?? nonce, uuid: other.uuid ?? uuid,
            hotkey: other.hotkey ?? hotkey, signature: other.signature ?? signature)
    }
}

extension String {
    var trimmingSpaces: Substring {
        var s = Substring(self)
        while s.first == " " { s.removeFirst() }
        while s.last == " " { s.removeLast() }
        return s
    }
}
