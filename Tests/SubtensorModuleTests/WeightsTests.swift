import Primitives
@testable import Runtime
import RuntimeSupport
import RuntimeTesting
import Testing
import Yuma

/// `set_weights` (call 0, reference §2 row 0): the hotkey signs; the checks run in the chain's
/// order; a single weight on oneself needs no permit and no minimum; the row is stored
/// max-upscaled to u16 and stamps `LastUpdate`.
@Suite struct WeightsTests {
    let keys = (0..<3).map { Dev.key("W\($0)") }
    var validator: AccountID { keys[0] }

    /// Subnet 1 with three neurons (uids 0, 1, 2); uid 0 holds a validator permit.
    func chainWithNeurons() throws -> TestChain {
        let chain = TestChain.easy()
        try chain.register(keys, on: 1, coldkey: Dev.alice)
        chain.set(S.validatorPermit, 1, [true, false, false])
        return chain
    }

    func set(_ chain: TestChain, from signer: AccountID, _ dests: [UInt16], _ weights: [UInt16], version: UInt64 = 0, netuid: UInt16 = 1) throws {
        try chain.call(.setWeights(netuid: netuid, dests: dests, weights: weights, versionKey: version), from: signer)
    }

    func row(_ pairs: [(UInt16, UInt16)]) -> [UIDValue] { pairs.map { UIDValue(uid: $0.0, value: $0.1) } }

    // MARK: Success

    @Test func settingWeightsStoresTheMaxUpscaledRowAndStampsLastUpdate() throws {
        let chain = try chainWithNeurons()
        chain.run(toBlock: 3)
        try set(chain, from: validator, [1, 2], [4, 7])
        #expect(chain.subtensorEvents.last == .weightsSet(1, 0))
        // 4 × 65535 / 7 = 37 448.57 → 37 449 (rounded), 7 → 65535.
        #expect(chain.read(S.weights, 1, 0) == row([(1, 37_449), (2, 65_535)]))
        #expect(chain.read(S.lastUpdate, 1) == [3, 1, 1])
    }

    @Test func theUpscaleRoundsHalfAwayFromZeroAndKeepsZeros() throws {
        let chain = try chainWithNeurons()
        // 1 × 65535 / 2 = 32 767.5 → 32 768; 0 stays 0; max 2 → 65535.
        try set(chain, from: validator, [0, 1, 2], [1, 0, 2])
        #expect(chain.read(S.weights, 1, 0) == row([(0, 32_768), (1, 0), (2, 65_535)]))
        // A maximum above 32768: 40 000 × (65535 / 50 000) = 52 428 exactly; 50 000 → 65535.
        try set(chain, from: validator, [1, 2], [40_000, 50_000])
        #expect(chain.read(S.weights, 1, 0) == row([(1, 52_428), (2, 65_535)]))
    }

    @Test func aNeuronWithoutPermitMaySetASingleWeightOnItself() throws {
        let chain = try chainWithNeurons()
        try chain.sudo(.sudoSetMinAllowedWeights(netuid: 1, minAllowedWeights: 3))
        try chain.sudo(.sudoSetMaxWeightLimit(netuid: 1, maxWeightLimit: 100))
        try set(chain, from: keys[1], [1], [9])
        #expect(chain.read(S.weights, 1, 1) == row([(1, 65_535)]))
        #expect(chain.subtensorEvents.last == .weightsSet(1, 1))
    }

    @Test func aMatchingOrNewerVersionKeyIsAccepted() throws {
        let chain = try chainWithNeurons()
        try chain.sudo(.sudoSetWeightsVersionKey(netuid: 1, weightsVersionKey: 5))
        expectRejected(chain, SubtensorError.incorrectNetworkVersionKey.error) { try set(chain, from: validator, [1], [1], version: 4) }
        try set(chain, from: validator, [1], [1], version: 5)
        try set(chain, from: validator, [1], [1], version: 6)
    }

    // MARK: Errors, in check order

    @Test func settingWeightsFailsWhenUidsAndWeightsDifferInLength() throws {
        let chain = try chainWithNeurons()
        expectRejected(chain, SubtensorError.weightVecNotEqualSize.error) { try set(chain, from: validator, [1, 2], [1]) }
        // Before the subnet check.
        expectRejected(chain, SubtensorError.weightVecNotEqualSize.error) { try set(chain, from: validator, [1, 2], [1], netuid: 77) }
    }

    @Test func settingWeightsFailsOnAnUnknownSubnet() throws {
        let chain = try chainWithNeurons()
        expectRejected(chain, SubtensorError.networkDoesNotExist.error) { try set(chain, from: validator, [1], [1], netuid: 77) }
    }

    @Test func settingWeightsFailsWithMoreUidsThanTheSubnetHas() throws {
        let chain = try chainWithNeurons()
        expectRejected(chain, SubtensorError.tooManyUids.error) { try set(chain, from: validator, [0, 1, 2, 3], [1, 1, 1, 1]) }
        // Checked before the registration of the signer.
        expectRejected(chain, SubtensorError.tooManyUids.error) { try set(chain, from: Dev.key("Stranger"), [0, 1, 2, 3], [1, 1, 1, 1]) }
    }

    @Test func settingWeightsFailsForAHotkeyNotRegisteredOnTheSubnet() throws {
        let chain = try chainWithNeurons()
        try chain.registerNeuron(3, hotkey: Dev.key("Elsewhere"), coldkey: Dev.alice)
        expectRejected(chain, SubtensorError.notRegistered.error) { try set(chain, from: Dev.key("Elsewhere"), [1], [1]) }
    }

    @Test func settingWeightsFailsWithAnOldVersionKeyBeforeTheRateLimit() throws {
        let chain = try chainWithNeurons()
        try chain.sudo(.sudoSetWeightsVersionKey(netuid: 1, weightsVersionKey: 10))
        try chain.sudo(.sudoSetWeightsSetRateLimit(netuid: 1, weightsSetRateLimit: 100))
        expectRejected(chain, SubtensorError.incorrectNetworkVersionKey.error) { try set(chain, from: validator, [1], [1], version: 9) }
        expectRejected(chain, SubtensorError.settingWeightsTooFast.error) { try set(chain, from: validator, [1], [1], version: 10) }
    }

    @Test func settingWeightsFailsWithinTheRateLimitCountedFromRegistration() throws {
        let chain = try chainWithNeurons()
        try chain.sudo(.sudoSetWeightsSetRateLimit(netuid: 1, weightsSetRateLimit: 5))
        chain.run(toBlock: 5)  // LastUpdate = 1 (registration): 5 − 1 < 5
        expectRejected(chain, SubtensorError.settingWeightsTooFast.error) { try set(chain, from: validator, [1], [1]) }
        chain.nextBlock()  // 6 − 1 ≥ 5
        try set(chain, from: validator, [1], [1])
        chain.nextBlock()  // 7 − 6 < 5
        expectRejected(chain, SubtensorError.settingWeightsTooFast.error) { try set(chain, from: validator, [1], [1]) }
        // A LastUpdate of 0 (never set) bypasses the limit.
        chain.set(S.lastUpdate, 1, [0, 1, 1])
        try set(chain, from: validator, [1], [1])
    }

    @Test func settingWeightsOnOthersFailsWithoutAValidatorPermit() throws {
        let chain = try chainWithNeurons()
        expectRejected(chain, SubtensorError.noValidatorPermit.error) { try set(chain, from: keys[1], [0, 2], [1, 1]) }
        // One weight on someone else is not a self-weight.
        expectRejected(chain, SubtensorError.noValidatorPermit.error) { try set(chain, from: keys[1], [0], [1]) }
        // Checked before duplicates.
        expectRejected(chain, SubtensorError.noValidatorPermit.error) { try set(chain, from: keys[1], [0, 0], [1, 1]) }
    }

    @Test func settingWeightsFailsWithDuplicateUidsBeforeInvalidOnes() throws {
        let chain = try chainWithNeurons()
        expectRejected(chain, SubtensorError.duplicateUids.error) { try set(chain, from: validator, [1, 1], [1, 2]) }
        expectRejected(chain, SubtensorError.duplicateUids.error) { try set(chain, from: validator, [5, 5], [1, 2]) }
    }

    @Test func settingWeightsFailsOnAUidTheSubnetDoesNotHave() throws {
        let chain = try chainWithNeurons()
        expectRejected(chain, SubtensorError.invalidUid.error) { try set(chain, from: validator, [1, 3], [1, 2]) }
        // Checked before the minimum number of weights.
        try chain.sudo(.sudoSetMinAllowedWeights(netuid: 1, minAllowedWeights: 3))
        expectRejected(chain, SubtensorError.invalidUid.error) { try set(chain, from: validator, [9], [1]) }
    }

    @Test func settingWeightsFailsWithFewerThanTheMinimumAllowed() throws {
        let chain = try chainWithNeurons()
        try chain.sudo(.sudoSetMinAllowedWeights(netuid: 1, minAllowedWeights: 2))
        expectRejected(chain, SubtensorError.notSettingEnoughWeights.error) { try set(chain, from: validator, [1], [1]) }
        expectRejected(chain, SubtensorError.notSettingEnoughWeights.error) { try set(chain, from: validator, [], []) }
        try set(chain, from: validator, [1, 2], [1, 1])
        // A validator's self-weight is exempt as well.
        try set(chain, from: validator, [0], [1])
    }

    @Test func settingWeightsFailsWhenTheLargestNormalisedWeightExceedsTheLimit() throws {
        let chain = try chainWithNeurons()
        try chain.sudo(.sudoSetMaxWeightLimit(netuid: 1, maxWeightLimit: 32_768))
        // [1, 3] → max share 0.75 > 32768/65535.
        expectRejected(chain, SubtensorError.maxWeightExceeded.error) { try set(chain, from: validator, [1, 2], [1, 3]) }
        // A single weight on another uid is a share of 1.
        expectRejected(chain, SubtensorError.maxWeightExceeded.error) { try set(chain, from: validator, [1], [1]) }
        // [1, 1] → 0.5 ≤ 32768/65535.
        try set(chain, from: validator, [1, 2], [1, 1])
        // At 32767/65535 the half no longer fits.
        try chain.sudo(.sudoSetMaxWeightLimit(netuid: 1, maxWeightLimit: 32_767))
        expectRejected(chain, SubtensorError.maxWeightExceeded.error) { try set(chain, from: validator, [1, 2], [1, 1]) }
        // With three equal weights a third fits.
        try set(chain, from: validator, [0, 1, 2], [1, 1, 1])
    }

    @Test func theMaximumWeightLimitOf65535DisablesTheCheck() throws {
        let chain = try chainWithNeurons()
        #expect(chain.read(S.maxWeightsLimit, 1) == .max)
        try set(chain, from: validator, [1], [1])
        #expect(chain.read(S.weights, 1, 0) == row([(1, 65_535)]))
    }

    @Test func settingWeightsNeedsASignedOrigin() throws {
        let chain = try chainWithNeurons()
        expectRejected(chain, .badOrigin) {
            try chain.call(.setWeights(netuid: 1, dests: [1], weights: [1], versionKey: 0), origin: .root)
        }
    }
}
