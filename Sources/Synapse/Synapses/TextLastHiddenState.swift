/// Embeddings: the last hidden state for every input position, padded with zeros to the
/// network dimension so that every miner answers in one shape (bittensor v3–v5's
/// `TextLastHiddenState`; the network dimension was `bittensor.__network_dim__`).
public struct TextLastHiddenState: SynapsePayload, Equatable {
    public static let name = "TextLastHiddenState"
    public static let requiredFieldDefaults: [(field: String, emptyJSON: String)] = [("text_inputs", "[]")]
    public static let requiredHashFields = ["text_inputs", "network_dim"]
    /// The default network dimension.
    public static let defaultNetworkDimension = 1024

    /// The sequence, as token ids.
    public var textInputs: [Int]
    /// The width every embedding row must have.
    public var networkDim: Int
    /// Response: `textInputs.count` rows of `networkDim` values.
    public var lastHiddenState: [[Double]]?

    public init(textInputs: [Int], networkDim: Int = defaultNetworkDimension, lastHiddenState: [[Double]]? = nil) {
        self.textInputs = textInputs
        self.networkDim = networkDim
        self.lastHiddenState = lastHiddenState
    }

    enum CodingKeys: String, CodingKey {
        case textInputs = "text_inputs", networkDim = "network_dim", lastHiddenState = "last_hidden_state"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        textInputs = try c.decode([Int].self, forKey: .textInputs)
        networkDim = try c.decodeIfPresent(Int.self, forKey: .networkDim) ?? Self.defaultNetworkDimension
        lastHiddenState = try c.decodeIfPresent([[Double]].self, forKey: .lastHiddenState)
    }

    public var hashFieldValues: [PythonValue] { [.list(textInputs.map(PythonValue.int)), .int(networkDim)] }

    /// Pads every row of `hidden` with zeros to `networkDim`.
    ///
    /// - Throws: `SynapseError.invalidField` if a row is wider than `networkDim`.
    public mutating func setPadded(_ hidden: [[Double]]) throws(SynapseError) {
        var rows: [[Double]] = []
        rows.reserveCapacity(hidden.count)
        for row in hidden {
            guard row.count <= networkDim else {
                throw .invalidField("an embedding of width \(row.count) exceeds network_dim = \(networkDim)")
            }
            rows.append(row + [Double](repeating: 0, count: networkDim - row.count))
        }
        lastHiddenState = rows
    }

    public func validateRequest(_ limits: SynapseLimits) throws(SynapseError) {
        try limits.ensureTokens(textInputs, field: "text_inputs")
        try limits.ensure(networkDim, in: 1...limits.maxNetworkDimension, field: "network_dim")
    }

    public func validateResponse(_ limits: SynapseLimits) throws(SynapseError) {
        guard let lastHiddenState else { throw .invalidField("TextLastHiddenState response lacks last_hidden_state") }
        guard lastHiddenState.count == textInputs.count else {
            throw .invalidField("last_hidden_state has \(lastHiddenState.count) rows for \(textInputs.count) inputs")
        }
        for row in lastHiddenState {
            guard row.count == networkDim else {
                throw .invalidField("last_hidden_state row of width \(row.count), expected \(networkDim)")
            }
            guard row.allSatisfy(\.isFinite) else { throw .invalidField("last_hidden_state holds a non-finite value") }
        }
    }
}
