/// Sequence to sequence: a continuation of the prompt of at most `numToGenerate` tokens
/// (bittensor v3–v5's `TextSeq2Seq`).
public struct TextSeq2Seq: SynapsePayload, Equatable {
    public static let name = "TextSeq2Seq"
    public static let requiredFieldDefaults: [(field: String, emptyJSON: String)] = [("text_prompt", "[]")]
    public static let requiredHashFields = ["text_prompt", "num_to_generate"]

    /// The prompt, as token ids.
    public var textPrompt: [Int]
    /// The most tokens to generate.
    public var numToGenerate: Int
    /// Response: the generated tokens.
    public var generation: [Int]?

    public init(textPrompt: [Int], numToGenerate: Int = 64, generation: [Int]? = nil) {
        self.textPrompt = textPrompt
        self.numToGenerate = numToGenerate
        self.generation = generation
    }

    enum CodingKeys: String, CodingKey {
        case textPrompt = "text_prompt", numToGenerate = "num_to_generate", generation
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        textPrompt = try c.decode([Int].self, forKey: .textPrompt)
        numToGenerate = try c.decodeIfPresent(Int.self, forKey: .numToGenerate) ?? 64
        generation = try c.decodeIfPresent([Int].self, forKey: .generation)
    }

    public var hashFieldValues: [PythonValue] { [.list(textPrompt.map(PythonValue.int)), .int(numToGenerate)] }

    public func validateRequest(_ limits: SynapseLimits) throws(SynapseError) {
        try limits.ensureTokens(textPrompt, field: "text_prompt")
        try limits.ensure(numToGenerate, in: 1...limits.maxGeneratedTokens, field: "num_to_generate")
    }

    public func validateResponse(_ limits: SynapseLimits) throws(SynapseError) {
        guard let generation else { throw .invalidField("TextSeq2Seq response lacks generation") }
        guard generation.count <= numToGenerate else {
            throw .invalidField("generation has \(generation.count) tokens, more than num_to_generate = \(numToGenerate)")
        }
        try limits.ensureTokens(generation, field: "generation")
    }
}
