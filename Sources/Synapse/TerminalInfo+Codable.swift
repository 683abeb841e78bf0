extension TerminalInfo: Codable {
    enum CodingKeys: String, CodingKey {
        case statusCode = "status_code", statusMessage = "status_message", processTime = "process_time"
        case ip, port, version, nonce, uuid, hotkey, signature
    }

    /// Writes every field, `nil` as `null`, like pydantic's `model_dump()`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(statusCode, forKey: .statusCode)
        try c.encode(statusMessage, forKey: .statusMessage)
        try c.encode(processTime, forKey: .processTime)
        try c.encode(ip, forKey: .ip)
        try c.encode(port, forKey: .port)
        try c.encode(version, forKey: .version)
        try c.encode(nonce, forKey: .nonce)
        try c.encode(uuid, forKey: .uuid)
        try c.encode(hotkey, forKey: .hotkey)
        try c.encode(signature, forKey: .signature)
    }

    /// Reads leniently, as bittensor's `cast_int`/`cast_float` validators do: numbers may arrive
    /// as JSON numbers or as strings (bittensor 6 sent status codes as strings).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        statusCode = try c.lenientInt(.statusCode)
        statusMessage = try c.decodeIfPresent(String.self, forKey: .statusMessage)
        processTime = try c.lenientDouble(.processTime)
        ip = try c.decodeIfPresent(String.self, forKey: .ip)
        port = try c.lenientInt(.port)
        version = try c.lenientInt(.version)
        nonce = try c.lenientInt(.nonce).map(Int64.init)
        uuid = try c.decodeIfPresent(String.self, forKey: .uuid)
        hotkey = try c.decodeIfPresent(String.self, forKey: .hotkey)
        signature = try c.decodeIfPresent(String.self, forKey: .signature)
    }
}

extension KeyedDecodingContainer {
    /// An integer given as a JSON number or a decimal string; `nil` when absent or `null`.
    func lenientInt(_ key: Key) throws -> Int? {
        guard contains(key), try !decodeNil(forKey: key) else { return nil }
        if let value = try? decode(Int.self, forKey: key) { return value }
        let text = try decode(String.self, forKey: key)
        guard let value = Int(text.trimmingSpaces) else {
            throw DecodingError.dataCorruptedError(forKey: key, in: self, debugDescription: "not an integer")
        }
        return value
    }

    /// A float given as a JSON number or a decimal string; `nil` when absent or `null`.
    func lenientDouble(_ key: Key) throws -> Double? {
        guard contains(key), try !decodeNil(forKey: key) else { return nil }
        if let value = try? decode(Double.self, forKey: key) { return value }
        let text = try decode(String.self, forKey: key)
        guard let value = Double(text.trimmingSpaces) else {
            throw DecodingError.dataCorruptedError(forKey: key, in: self, debugDescription: "not a number")
        }
        return value
    }
}
