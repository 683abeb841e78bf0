import Primitives
@testable import Runtime
import RuntimeSupport
import RuntimeTesting
import Testing

/// Registration terms at the start of each block (reference §5.4): every `AdjustmentInterval`
/// blocks the difficulty and/or the burn move by `current × (reg + target) / (2 × target)`,
/// blended with `AdjustmentAlpha` and clamped to their bounds, as the table of the interval's
/// proof-of-work and burn registrations decides; `RegistrationsThisBlock` resets every block.
@Suite struct DifficultyTests {
    /// A dev chain whose subnet 1 adjusts at the start of block 2 (interval 1, target 2), with
    /// difficulty 10 000, burn 1 TAO and the interval's counters set as given.
    func chainAdjustingNextBlock(registrations: UInt16, pow: UInt16, burn: UInt16) -> TestChain {
        let chain = TestChain()
        chain.set(S.adjustmentInterval, 1, 1)
        chain.set(S.targetRegistrationsPerInterval, 1, 2)
        chain.set(S.registrationsThisInterval, 1, registrations)
        chain.set(S.powRegistrationsThisInterval, 1, pow)
        chain.set(S.burnRegistrationsThisInterval, 1, burn)
        return chain
    }

    struct Cell: Sendable, CustomTestStringConvertible {
        var registrations: UInt16, pow: UInt16, burn: UInt16
        var difficulty: UInt64, burnAfter: UInt64
        var testDescription: String { "reg \(registrations) pow \(pow) burn \(burn)" }
    }

    /// The six cells of the §5.4 table with target 2: above target the factor is
    /// (4 + 2) / 4 = 1.5; at or below it (1 + 2) / 4 = 0.75 or (0 + 2) / 4 = 0.5.
    static let cells: [Cell] = [
        // reg > target
        Cell(registrations: 4, pow: 3, burn: 1, difficulty: 15_000, burnAfter: 1_000_000_000),  // pow > burn: difficulty up
        Cell(registrations: 4, pow: 1, burn: 3, difficulty: 10_000, burnAfter: 1_500_000_000),  // pow < burn: burn up
        Cell(registrations: 4, pow: 2, burn: 2, difficulty: 15_000, burnAfter: 1_500_000_000),  // equal: both up
        // reg <= target
        Cell(registrations: 1, pow: 1, burn: 0, difficulty: 10_000, burnAfter: 750_000_000),  // pow > burn: burn down
        Cell(registrations: 1, pow: 0, burn: 1, difficulty: 7_500, burnAfter: 1_000_000_000),  // pow < burn: difficulty down
        Cell(registrations: 0, pow: 0, burn: 0, difficulty: 5_000, burnAfter: 500_000_000),  // equal: both down
    ]

    @Test(arguments: cells)
    func eachCellOfTheAdjustmentTableMovesTheRightTerm(_ cell: Cell) {
        let chain = chainAdjustingNextBlock(registrations: cell.registrations, pow: cell.pow, burn: cell.burn)
        #expect(chain.read(S.difficulty, 1) == 10_000)
        #expect(chain.read(S.burn, 1) == 1_000_000_000)
        chain.nextBlock()
        #expect(chain.read(S.difficulty, 1) == cell.difficulty)
        #expect(chain.read(S.burn, 1) == cell.burnAfter)
        #expect(chain.read(S.lastAdjustmentBlock, 1) == 2)
        #expect(chain.read(S.registrationsThisInterval, 1) == 0)
        #expect(chain.read(S.powRegistrationsThisInterval, 1) == 0)
        #expect(chain.read(S.burnRegistrationsThisInterval, 1) == 0)
        // Subnet 3 (interval 100) did not move.
        #expect(chain.read(S.difficulty, 3) == 10_000)
        #expect(chain.read(S.burn, 3) == 1_000_000_000)
    }

    @Test func exactlyTheTargetLeavesTheTermsWhereTheyAre() {
        // reg = target = 2, pow = burn: both "down" by (2 + 2) / 4 = 1.
        let chain = chainAdjustingNextBlock(registrations: 2, pow: 1, burn: 1)
        chain.nextBlock()
        #expect(chain.read(S.difficulty, 1) == 10_000)
        #expect(chain.read(S.burn, 1) == 1_000_000_000)
    }

    @Test func theAdjustmentClampsToTheMaximum() {
        let chain = chainAdjustingNextBlock(registrations: 4, pow: 2, burn: 2)
        chain.set(S.maxDifficulty, 1, 12_000)
        chain.set(S.maxBurn, 1, 1_200_000_000)
        chain.nextBlock()
        #expect(chain.read(S.difficulty, 1) == 12_000)
        #expect(chain.read(S.burn, 1) == 1_200_000_000)
    }

    @Test func theAdjustmentClampsToTheMinimum() {
        let chain = chainAdjustingNextBlock(registrations: 0, pow: 0, burn: 0)
        chain.set(S.minDifficulty, 1, 6_000)
        chain.set(S.minBurn, 1, 600_000_000)
        chain.nextBlock()
        #expect(chain.read(S.difficulty, 1) == 6_000)
        #expect(chain.read(S.burn, 1) == 600_000_000)
    }

    @Test func withoutRegistrationsEachIntervalHalvesTheDifficultyDownToItsMinimum() {
        let chain = chainAdjustingNextBlock(registrations: 0, pow: 0, burn: 0)
        chain.set(S.minDifficulty, 1, 1_000)
        var seen: [UInt64] = []
        for _ in 0..<5 {
            chain.nextBlock()
            seen.append(chain.read(S.difficulty, 1))
        }
        #expect(seen == [5_000, 2_500, 1_250, 1_000, 1_000])
    }

    @Test func alphaOneFreezesTheTerms() {
        let chain = chainAdjustingNextBlock(registrations: 6, pow: 3, burn: 3)
        chain.set(S.adjustmentAlpha, 1, .max)
        chain.nextBlock()
        #expect(chain.read(S.difficulty, 1) == 10_000)
        #expect(chain.read(S.burn, 1) == 1_000_000_000)
        // The counters still reset.
        #expect(chain.read(S.registrationsThisInterval, 1) == 0)
    }

    @Test func alphaOneHalfMovesHalfWay() {
        // α = (2⁶³ − 1) / (2⁶⁴ − 1) ≈ ½: next = ½ × 10 000 + ½ × 15 000 = 12 500.
        let chain = chainAdjustingNextBlock(registrations: 4, pow: 3, burn: 1)
        chain.set(S.adjustmentAlpha, 1, .max / 2)
        chain.nextBlock()
        #expect(chain.read(S.difficulty, 1) == 12_500)
    }

    @Test func theAdjustmentFormulaTruncates() {
        // 10 001 × 3 / 4 = 7 500.75 → 7 500; 10 003 × 5 / 4 = 12 503.75 → 12 503.
        #expect(SubtensorModule.adjustedValue(current: 10_001, registrations: 1, target: 2, alpha: 0, min: 1, max: .max) == 7_500)
        #expect(SubtensorModule.adjustedValue(current: 10_003, registrations: 3, target: 2, alpha: 0, min: 1, max: .max) == 12_503)
        // Clamping is inclusive at both ends.
        #expect(SubtensorModule.adjustedValue(current: 100, registrations: 6, target: 2, alpha: 0, min: 1, max: 200) == 200)
        #expect(SubtensorModule.adjustedValue(current: 100, registrations: 0, target: 2, alpha: 0, min: 50, max: 1_000) == 50)
    }

    @Test func theFirstAdjustmentComesOnceTheIntervalHasPassedSinceBlockZero() {
        let chain = TestChain()
        chain.set(S.adjustmentInterval, 1, 3)
        chain.nextBlock()  // block 2: 2 − 0 < 3
        #expect(chain.read(S.difficulty, 1) == 10_000)
        #expect(chain.read(S.lastAdjustmentBlock, 1) == 0)
        chain.nextBlock()  // block 3: 3 − 0 ≥ 3
        #expect(chain.read(S.difficulty, 1) == 5_000)
        #expect(chain.read(S.lastAdjustmentBlock, 1) == 3)
        chain.step(2)  // blocks 4, 5
        #expect(chain.read(S.difficulty, 1) == 5_000)
        chain.nextBlock()  // block 6
        #expect(chain.read(S.difficulty, 1) == 2_500)
        #expect(chain.read(S.lastAdjustmentBlock, 1) == 6)
    }

    @Test func registrationsThisBlockResetsEveryBlockButTheIntervalCountersDoNot() throws {
        let chain = TestChain.easy()
        try chain.register([Dev.key("A"), Dev.key("B")], on: 1, coldkey: Dev.alice)
        try chain.call(.burnedRegister(netuid: 1, hotkey: Dev.key("C")), from: Dev.alice)
        #expect(chain.read(S.registrationsThisBlock, 1) == 3)
        chain.nextBlock()
        #expect(chain.read(S.registrationsThisBlock, 1) == 0)
        #expect(chain.read(S.registrationsThisInterval, 1) == 3)
        #expect(chain.read(S.powRegistrationsThisInterval, 1) == 2)
        #expect(chain.read(S.burnRegistrationsThisInterval, 1) == 1)
    }

    @Test func realRegistrationsAboveTargetRaiseTheDifficulty() throws {
        let chain = TestChain()
        chain.setDifficulty(100, on: 1)
        chain.set(S.targetRegistrationsPerInterval, 1, 1)
        chain.set(S.adjustmentInterval, 1, 2)
        try chain.register([Dev.key("A"), Dev.key("B")], on: 1, coldkey: Dev.alice)
        try chain.call(.burnedRegister(netuid: 1, hotkey: Dev.key("C")), from: Dev.alice)
        // Block 2 adjusts: reg 3 > target 1 and pow 2 > burn 1, so only the difficulty rises,
        // to 100 × (3 + 1) / 2 = 200.
        chain.nextBlock()
        #expect(chain.read(S.difficulty, 1) == 200)
        #expect(chain.read(S.burn, 1) == 1_000_000_000)
    }
}
