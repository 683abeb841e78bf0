import Testing
import Primitives
@testable import Yuma

/// Properties of the epoch on random subnets, beside the reference cases.
@Suite struct EpochPropertyTests {
    /// The dense view `get_bonds()` reads of stored rows.
    static func denseBonds(_ rows: [[UIDValue]], n: Int) -> [[UInt16]] {
        rows.map { row in
            var view = [UInt16](repeating: 0, count: n)
            for entry in row { view[Int(entry.uid)] = entry.value }
            return view
        }
    }

    @Test(arguments: 1...24)
    func denseAndSparseStoreTheSameNumbers(seed: Int) throws {
        var random = RandomSubnet(seed: UInt64(seed))
        for _ in 0..<4 {
            let n = 1 + random.below(40)
            var input = random.input(n: n)
            for _ in 0..<3 {  // a short sequence, so bonds and permits come from the epoch itself
                let sparse = try Epoch.run(input, variant: .sparse)
                let dense = try Epoch.run(input, variant: .dense)
                var sparseRest = sparse, denseRest = dense
                sparseRest.bonds = []
                denseRest.bonds = []
                #expect(sparseRest == denseRest, "seed \(seed), n \(n)")
                #expect(Self.denseBonds(sparse.bonds, n: n) == Self.denseBonds(dense.bonds, n: n), "seed \(seed), n \(n)")
                input = input.advanced(by: sparse)
                input.currentBlock += UInt64(random.below(200))
            }
        }
    }

    @Test(arguments: 1...12)
    func emissionNeverExceedsTheEpochsRao(seed: Int) throws {
        var random = RandomSubnet(seed: UInt64(1000 + seed))
        for _ in 0..<5 {
            let input = random.input(n: 1 + random.below(64))
            let output = try Epoch.run(input)
            let total = input.raoEmission
            #expect(output.emission.reduce(UInt128(0)) { $0 + UInt128($1) } <= UInt128(total))
            let split = output.serverEmission.reduce(UInt128(0)) { $0 + UInt128($1) }
                + output.validatorEmission.reduce(UInt128(0)) { $0 + UInt128($1) }
            #expect(split <= UInt128(total))
            #expect(output.rank == output.incentive)
            #expect(output.pruningScores.max().map { $0 == 65535 || output.pruningScores.allSatisfy { $0 == 0 } } ?? true)
        }
    }

    @Test func bondsRowsAreWrittenForPermitHoldersClearedForLostPermitsAndOtherwiseKept() throws {
        // uid 0 keeps its permit, uid 1 loses it (no stake), uid 2 never had one.
        let keep = [UIDValue(uid: 0, value: 7)]
        let input = EpochInput(
            n: 3, currentBlock: 10, stake: [100, 0, 0],
            weights: [[UIDValue(uid: 2, value: 65535)], [], []],
            bonds: [[UIDValue(uid: 2, value: 65535)], [UIDValue(uid: 2, value: 9)], keep],
            lastUpdate: [10, 10, 10], blockAtRegistration: [0, 0, 0], validatorPermit: [true, true, false],
            hyperparameters: EpochHyperparameters(maxAllowedValidators: 1), raoEmission: 1000)
        let output = try Epoch.run(input)
        #expect(output.validatorPermit == [true, false, false])
        #expect(output.bondsWritten == [true, true, false])
        #expect(output.bonds == [[UIDValue(uid: 2, value: 65535)], [], keep])
        #expect(output.incentive == [0, 0, 65535])
        #expect(output.emission == [499, 0, 500])  // uid 1's old bond still earns a sliver
        let dense = try Epoch.run(input, variant: .dense)
        #expect(dense.bonds == [(0..<3).map { UIDValue(uid: UInt16($0), value: $0 == 2 ? 65535 : 0) }, [], keep])
    }

    @Test func anEmptySubnetHasAnEmptyOutputInBothVariants() throws {
        let input = EpochInput(n: 0, currentBlock: 5, stake: [], weights: [], bonds: [], lastUpdate: [],
                               blockAtRegistration: [], validatorPermit: [], raoEmission: 1_000_000_000)
        for variant in EpochVariant.allCases {
            let output = try Epoch.run(input, variant: variant)
            #expect(output.emission.isEmpty && output.bonds.isEmpty && output.validatorPermit.isEmpty)
        }
    }

    @Test func noWeightsMeansEmissionFollowsActiveStakeThenStake() throws {
        var input = EpochInput(n: 3, currentBlock: 100, stake: [1, 2, 1], weights: [[], [], []], bonds: [[], [], []],
                               lastUpdate: [100, 100, 0], blockAtRegistration: [0, 0, 0],
                               validatorPermit: [true, false, true],
                               hyperparameters: EpochHyperparameters(activityCutoff: 10), raoEmission: 1_000_000)
        // Active permitted stake: uid 0 only (uid 1 has no permit, uid 2 is inactive).
        #expect(try Epoch.run(input).emission == [1_000_000, 0, 0])
        input.validatorPermit = [false, false, false]
        // No active stake at all: the normalised stake, inactive uids included.
        #expect(try Epoch.run(input).emission == [250_000, 500_000, 250_000])
    }

    @Test func invalidSnapshotsAreRejectedNamingTheField() {
        let valid = EpochInput(n: 2, currentBlock: 1, stake: [1, 1], weights: [[], []], bonds: [[], []],
                               lastUpdate: [0, 0], blockAtRegistration: [0, 0], validatorPermit: [false, false],
                               raoEmission: 10)
        var shortStake = valid
        shortStake.stake = [1]
        #expect(throws: EpochInputError.wrongLength(field: "stake", count: 1, n: 2)) { try Epoch.run(shortStake) }
        var farWeight = valid
        farWeight.weights[1] = [UIDValue(uid: 2, value: 1)]
        #expect(throws: EpochInputError.uidOutOfRange(field: "weights", row: 1, uid: 2, n: 2)) {
            try Epoch.run(farWeight, variant: .dense)
        }
        #expect(EpochInputError.wrongLength(field: "last_update", count: 3, n: 4).description
            == "last_update has 3 entries, but n is 4.")
        #expect(EpochInputError.uidOutOfRange(field: "bonds", row: 0, uid: 9, n: 4).description
            == "bonds[0] refers to uid 9, but uids must be below n = 4.")
    }

    @Test func epochConstantsMatchTheReference() {
        #expect(Epoch.kappa(EpochHyperparameters(kappa: 32767)).bits == 2_147_450_879)
        #expect(Epoch.kappa(EpochHyperparameters(kappa: 65535)) == .one)
        #expect(Epoch.alpha(EpochHyperparameters(bondsMovingAverage: 900_000)).bits == 429_496_730)
        #expect(Epoch.alpha(EpochHyperparameters(bondsMovingAverage: 0)) == .one)
        #expect(Epoch.alpha(EpochHyperparameters(bondsMovingAverage: 1_000_000)) == .zero)
        // 10^16 and 10^16 + 1 out of 2.5·10^16 normalise to the same I32F32 stake.
        let stake = Epoch.normalizedStake([10_000_000_000_000_000, 10_000_000_000_000_001, 5_000_000_000_000_000 - 1])
        #expect(stake[0] == stake[1])
        // …so the lower uid loses the tie for the last permit.
        #expect(Epoch.topStakePermits(stake: [10_000_000_000_000_000, 10_000_000_000_000_001, 5_000_000_000_000_000 - 1],
                                      maxAllowedValidators: 1) == [false, true, false])
    }
}
