/// Causal language modelling over a whole sequence: for every position, the top-k next tokens,
/// their probabilities and the remaining mass (bittensor v3–v5's `TextCausalLM`).
public struct TextCausalLM: SynapsePayload, Equatable {
    public static let name = "TextCausalLM"
    public static let requiredFieldDefaults: [(field: String, emptyJSON: String)] = [("text_inputs", "[]")]
    public static let requiredHashFields = ["text_inputs", "topk"]

    /// The sequence, as token ids.
    public var textInputs: [Int]
    /// Candidates per position.
    public var topk: Int
    /// Response: per position, the top-k token ids.
    public var topkTokens: [[Int]]?
    /// Response: per position, their probabilities.
    public var topkProbabilities: [[Double]]?
    /// Response: per position, the mass of all other tokens.
    public var remainingMass: [Double]?

    public init(
        textInputs: [Int], topk: Int = 16, topkTokens: [[Int]]? = nil, topkProbabilities: [[Double]]? = nil,
        remainingMass: [Double]? = nil
    ) {
        self.textInputs = textInputs
        self.topk = topk
        self.topkTokens = topkTokens
        self.topkProbabilities = topkProbabilities
        self.remainingMass = remainingMass
    }

    enum CodingKeys: String, CodingKey {
        case textInputs = "text_inputs", topk, topkTokens = "topk_tokens"
        case topkProbabilities = "topk_probabilities", remainingMass = "remaining_mass"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        textInputs = try c.decode([Int].self, forKey: .textInputs)
        topk = try c.decodeIfPresent(Int.self, forKey: .topk) ?? 16
        topkTokens = try c.decodeIfPresent([[Int]].self, forKey: .topkTokens)
        topkProbabilities = try c.decodeIfPresent([[Double]].self, forKey: .topkProbabilities)
        remainingMass = try c.decodeIfPresent([Double].self, forKey: .remainingMass)
    }

    public var hashFieldValues: [PythonValue] { [.list(textInputs.map(PythonValue.int)), .int(topk)] }

    public func validateRequest(_ limits: SynapseLimits) throws(SynapseError) {
        try limits.ensureTokens(textInputs, field: "text_inputs")
        try limits.ensure(topk, in: 1...limits.vocabularySize, field: "topk")
    }

    public func validateResponse(_ limits: SynapseLimits) throws(SynapseError) {
        guard let topkTokens, let topkProbabilities, let remainingMass else {
            throw .invalidField("TextCausalLM response lacks topk_tokens, topk_probabilities or remaining_mass")
        }
        let n = textInputs.count
        guard topkTokens.count == n, topkProbabilities.count == n, remainingMass.count == n else {
            throw .invalidField("TextCausalLM response must have one entry per input position (\(n))")
        }
        for i in 0..<n {
            try TokenValidation.ensureTopK(
                tokens: topkTokens[i], probabilities: topkProbabilities[i], remainingMass: remainingMass[i],
                topk: topk, limits: limits, field: "topk_tokens[\(i)]")
        }
    }
}
