/// A difficulty turned into the largest acceptable seal, so a solver compares instead of
/// multiplying: `seal × d` fits under the rule's limit exactly when `seal ≤ ⌊limit / d⌋`.
///
/// For the chain rules the limit is 2²⁵⁶ − 1; for the SDK rule a product must stay below it, so
/// the largest allowed product is 2²⁵⁶ − 2. A difficulty of 0 accepts every seal, as on chain.
struct SealTarget: Sendable, Hashable {
    let difficulty: UInt64
    let rule: DifficultyRule
    /// The largest seal number (in `rule`'s byte order) that meets the difficulty.
    let threshold: UInt256

    init(difficulty: UInt64, rule: DifficultyRule) {
        self.difficulty = difficulty
        self.rule = rule
        threshold = difficulty == 0 ? .max : UInt256.maxMinus(rule == .sdk ? 1 : 0, dividedBy: difficulty)
    }

    /// Whether `seal` meets the difficulty; the same verdict as `seal.meetsDifficulty(difficulty, rule:)`.
    func isMet(by seal: Seal) -> Bool { seal.number(rule) <= threshold }
}
