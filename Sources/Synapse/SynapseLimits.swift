/// Bounds on what a synapse may carry. The axon checks requests against them before a handler
/// runs and the dendrite checks responses, so an oversized or malformed message is refused with
/// a status instead of exhausting memory.
public struct SynapseLimits: Sendable, Equatable {
    /// Largest request or response body, bytes (after gzip decoding).
    public var maxBodyBytes: Int
    /// Most tokens in one input sequence.
    public var maxSequenceLength: Int
    /// Token vocabulary size; tokens are bytes unless a synapse says otherwise.
    public var vocabularySize: Int
    /// Most tokens a `TextSeq2Seq` may ask to generate.
    public var maxGeneratedTokens: Int
    /// Largest embedding width (`network_dim`).
    public var maxNetworkDimension: Int
    /// Most chat messages in a `TextPrompting` request.
    public var maxMessages: Int
    /// Longest text (bytes of UTF-8) in one message or completion.
    public var maxTextBytes: Int

    public init(
        maxBodyBytes: Int = 4 << 20, maxSequenceLength: Int = 4096, vocabularySize: Int = 256,
        maxGeneratedTokens: Int = 1024, maxNetworkDimension: Int = 4096, maxMessages: Int = 256,
        maxTextBytes: Int = 256 << 10
    ) {
        self.maxBodyBytes = maxBodyBytes
        self.maxSequenceLength = maxSequenceLength
        self.vocabularySize = vocabularySize
        self.maxGeneratedTokens = maxGeneratedTokens
        self.maxNetworkDimension = maxNetworkDimension
        self.maxMessages = maxMessages
        self.maxTextBytes = maxTextBytes
    }

    public static let `default` = SynapseLimits()

    /// Throws unless `tokens` is a sequence of at most `maxSequenceLength` vocabulary ids.
    public func ensureTokens(_ tokens: [Int], field: String) throws(SynapseError) {
        guard tokens.count <= maxSequenceLength else {
            throw .invalidField("\(field) holds \(tokens.count) tokens (at most \(maxSequenceLength))")
        }
        for token in tokens where token < 0 || token >= vocabularySize {
            throw .invalidField("\(field) holds token \(token) outside 0..<\(vocabularySize)")
        }
    }

    /// Throws unless `text` is at most `maxTextBytes` of UTF-8.
    public func ensureText(_ text: String, field: String) throws(SynapseError) {
        guard text.utf8.count <= maxTextBytes else {
            throw .invalidField("\(field) is longer than \(maxTextBytes) bytes")
        }
    }

    /// Throws unless `value` lies in `range`.
    public func ensure(_ value: Int, in range: ClosedRange<Int>, field: String) throws(SynapseError) {
        guard range.contains(value) else {
            throw .invalidField("\(field) = \(value) outside \(range.lowerBound)...\(range.upperBound)")
        }
    }
}
