/// Next-token prediction: given a context, the top-k most likely next tokens with their
/// probabilities, plus the probability mass left over for all other tokens (bittensor v3–v5's
/// `TextCausalLMNext`, the default validation synapse). Tokens are bytes (vocabulary 256).
public struct TextCausalLMNext: SynapsePayload, Equatable {
    public static let name = "TextCausalLMNext"
    public static let requiredFieldDefaults: [(field: String, emptyJSON: String)] = [("text_inputs", "[]")]
    public static let requiredHashFields = ["text_inputs", "topk"]

    /// The context, as token ids.
    public var textInputs: [Int]
    /// How many candidates to return.
    public var topk: Int
    /// Response: the top-k token ids, most likely first.
    public var topkTokens: [Int]?
    /// Response: their probabilities.
    public var topkProbabilities: [Double]?
    /// Response: the probability mass of all other tokens (`1 − Σ topk_probabilities`).
    public var remainingMass: Double?

    public init(
        textInputs: [Int], topk: Int = 16, topkTokens: [Int]? = nil, topkProbabilities: [Double]? = nil,
        remainingMass: Double? = nil
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
        topkTokens = try c.decodeIfPresent([Int].self, forKey: .topkTokens)
        topkProbabilities = try c.decodeIfPresent([Double].self, forKey: .topkProbabilities)
        remainingMass = try c.decodeIfPresent(Double.self, forKey: .remainingMass)
    }

    public var hashFieldValues: [PythonValue] { [.list(textInputs.map(PythonValue.int)), .int(topk)] }

    public func validateRequest(_ limits: SynapseLimits) throws(SynapseError) {
        try limits.ensureTokens(textInputs, field: "text_inputs")
        try limits.ensure(topk, in: 1...limits.vocabularySize, field: "topk")
    }

    public func validateResponse(_ limits: SynapseLimits) throws(SynapseError) {
        guard let topkTokens, let topkProbabilities, let remainingMass else {
            throw .invalidField("TextCausalLMNext response lacks topk_tokens, topk_probabilities or remaining_mass")
        }
        try TokenValidation.ensureTopK(
            tokens: topkTokens, probabilities: topkProbabilities, remainingMass: remainingMass, topk: topk,
            limits: limits, field: "topk_tokens")
    }
}
