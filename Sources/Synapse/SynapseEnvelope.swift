/// The fields every synapse has (bittensor's base `Synapse` model): route name, timeout, sizes,
/// both terminals and the body hash. The axon reads them from headers before it reads the body,
/// so verification and the blacklist run without decoding a payload.
public struct SynapseEnvelope: Sendable, Equatable {
    /// The route name (`Synapse`, `TextCausalLMNext` …).
    public var name: String?
    /// Seconds the caller waits for the answer; bittensor's default is 12.
    public var timeout: Double?
    /// `total_size` as the sender reported it (bittensor: a recursive `sys.getsizeof`).
    public var totalSize: Int?
    /// `header_size` as the sender reported it (bittensor: `sys.getsizeof(headers)`).
    public var headerSize: Int?
    /// The caller.
    public var dendrite: TerminalInfo
    /// The server.
    public var axon: TerminalInfo
    /// The sender's `computed_body_hash`.
    public var computedBodyHash: String?

    public init(
        name: String? = nil, timeout: Double? = 12.0, totalSize: Int? = 0, headerSize: Int? = 0,
        dendrite: TerminalInfo = TerminalInfo(), axon: TerminalInfo = TerminalInfo(),
        computedBodyHash: String? = ""
    ) {
        self.name = name
        self.timeout = timeout
        self.totalSize = totalSize
        self.headerSize = headerSize
        self.dendrite = dendrite
        self.axon = axon
        self.computedBodyHash = computedBodyHash
    }

    enum CodingKeys: String, CodingKey {
        case name, timeout, totalSize = "total_size", headerSize = "header_size", dendrite, axon
        case computedBodyHash = "computed_body_hash"
    }

    func encode(into encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(timeout, forKey: .timeout)
        try c.encode(totalSize, forKey: .totalSize)
        try c.encode(headerSize, forKey: .headerSize)
        try c.encode(dendrite, forKey: .dendrite)
        try c.encode(axon, forKey: .axon)
        try c.encode(computedBodyHash, forKey: .computedBodyHash)
    }

    init(decoding decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decodeIfPresent(String.self, forKey: .name)
        timeout = try c.lenientDouble(.timeout)
        totalSize = try c.lenientInt(.totalSize)
        headerSize = try c.lenientInt(.headerSize)
        dendrite = try c.decodeIfPresent(TerminalInfo.self, forKey: .dendrite) ?? TerminalInfo()
        axon = try c.decodeIfPresent(TerminalInfo.self, forKey: .axon) ?? TerminalInfo()
        computedBodyHash = try c.decodeIfPresent(String.self, forKey: .computedBodyHash)
    }
}
