/// Checks shared by the token synapses' responses.
enum TokenValidation {
    /// Throws unless `tokens` and `probabilities` pair up, hold at most `topk` vocabulary ids and
    /// probabilities in [0, 1], and with `remainingMass` sum to at most 1 (plus rounding).
    static func ensureTopK(
        tokens: [Int], probabilities: [Double], remainingMass: Double, topk: Int,
        limits: SynapseLimits, field: String
    ) throws(SynapseError) {
        guard tokens.count == probabilities.count else {
            throw .invalidField("\(field): \(tokens.count) tokens but \(probabilities.count) probabilities")
        }
        guard tokens.count <= topk else { throw .invalidField("\(field): more than topk = \(topk) tokens") }
        try limits.ensureTokens(tokens, field: field)
        var total = remainingMass
        guard remainingMass.isFinite, remainingMass >= 0, remainingMass <= 1 + 1e-6 else {
            throw .invalidField("\(field): remaining mass \(remainingMass) outside [0, 1]")
        }
        for p in probabilities {
            guard p.isFinite, p >= 0, p <= 1 + 1e-6 else {
                throw .invalidField("\(field): probability \(p) outside [0, 1]")
            }
            total += p
        }
        guard total <= 1 + 1e-3 else { throw .invalidField("\(field): probabilities sum to \(total) > 1") }
    }
}
