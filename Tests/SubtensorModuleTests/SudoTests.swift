import Primitives
@testable import Runtime
import RuntimeSupport
import RuntimeTesting
import SCALECodec
import Testing

/// The root-only calls of SubtensorModule (reference §2 rows 8–49 and 58, without governance):
/// every setter stores its value and emits its event, refuses any origin but root, and refuses
/// an unknown subnet where the chain checks it; subnet creation and removal, emission values,
/// connection requirements and `sudo_register` with their own errors.
@Suite struct SudoTests {
    /// One per-subnet setter: how to call it, what it stores and what it emits.
    struct Setter: Sendable, CustomTestStringConvertible {
        var name: String
        var callIndex: UInt8
        var eventIndex: UInt8
        var checksNetwork: Bool = true
        var call: @Sendable (UInt16) -> SubtensorCall
        var event: @Sendable (UInt16) -> SubtensorEvent
        var isStored: @Sendable (TestChain, UInt16) -> Bool
        var testDescription: String { name }

        init<V: Equatable & Sendable>(
            _ name: String, call callIndex: UInt8, event eventIndex: UInt8, _ item: StorageMap<UInt16, V>, _ value: V,
            checksNetwork: Bool = true,
            _ call: @escaping @Sendable (UInt16, V) -> SubtensorCall, _ event: @escaping @Sendable (UInt16, V) -> SubtensorEvent
        ) {
            self.name = name
            self.callIndex = callIndex
            self.eventIndex = eventIndex
            self.checksNetwork = checksNetwork
            self.call = { call($0, value) }
            self.event = { event($0, value) }
            self.isStored = { chain, netuid in chain.read(item, netuid) == value }
        }
    }

    static let setters: [Setter] = [
        Setter("serving_rate_limit", call: 15, event: 34, S.servingRateLimit, UInt64(10), checksNetwork: false,
               { .sudoSetServingRateLimit(netuid: $0, servingRateLimit: $1) }, { .servingRateLimitSet($0, $1) }),
        Setter("max_burn", call: 17, event: 36, S.maxBurn, UInt64(77_000_000_000), { .sudoSetMaxBurn(netuid: $0, maxBurn: $1) }, { .maxBurnSet($0, $1) }),
        Setter("min_burn", call: 18, event: 37, S.minBurn, UInt64(200_000_000), { .sudoSetMinBurn(netuid: $0, minBurn: $1) }, { .minBurnSet($0, $1) }),
        Setter("burn", call: 19, event: 35, S.burn, UInt64(3_000_000_000), { .sudoSetBurn(netuid: $0, burn: $1) }, { .burnSet($0, $1) }),
        Setter("max_difficulty", call: 20, event: 33, S.maxDifficulty, UInt64(123_456_789),
               { .sudoSetMaxDifficulty(netuid: $0, maxDifficulty: $1) }, { .maxDifficultySet($0, $1) }),
        Setter("min_difficulty", call: 21, event: 32, S.minDifficulty, UInt64(42),
               { .sudoSetMinDifficulty(netuid: $0, minDifficulty: $1) }, { .minDifficultySet($0, $1) }),
        Setter("weights_set_rate_limit", call: 22, event: 20, S.weightsSetRateLimit, UInt64(17),
               { .sudoSetWeightsSetRateLimit(netuid: $0, weightsSetRateLimit: $1) }, { .weightsSetRateLimitSet($0, $1) }),
        Setter("weights_version_key", call: 23, event: 31, S.weightsVersionKey, UInt64(400),
               { .sudoSetWeightsVersionKey(netuid: $0, weightsVersionKey: $1) }, { .weightsVersionKeySet($0, $1) }),
        Setter("bonds_moving_average", call: 24, event: 22, S.bondsMovingAverage, UInt64(950_000),
               { .sudoSetBondsMovingAverage(netuid: $0, bondsMovingAverage: $1) }, { .bondsMovingAverageSet($0, $1) }),
        Setter("max_allowed_validators", call: 25, event: 23, S.maxAllowedValidators, UInt16(64),
               { .sudoSetMaxAllowedValidators(netuid: $0, maxAllowedValidators: $1) }, { .maxAllowedValidatorsSet($0, $1) }),
        Setter("difficulty", call: 26, event: 10, S.difficulty, UInt64(54_321), { .sudoSetDifficulty(netuid: $0, difficulty: $1) }, { .difficultySet($0, $1) }),
        Setter("adjustment_interval", call: 27, event: 11, S.adjustmentInterval, UInt16(225),
               { .sudoSetAdjustmentInterval(netuid: $0, adjustmentInterval: $1) }, { .adjustmentIntervalSet($0, $1) }),
        Setter("target_registrations_per_interval", call: 28, event: 12, S.targetRegistrationsPerInterval, UInt16(3),
               { .sudoSetTargetRegistrationsPerInterval(netuid: $0, targetRegistrationsPerInterval: $1) }, { .registrationPerIntervalSet($0, $1) }),
        Setter("activity_cutoff", call: 29, event: 14, S.activityCutoff, UInt16(1_234),
               { .sudoSetActivityCutoff(netuid: $0, activityCutoff: $1) }, { .activityCutoffSet($0, $1) }),
        Setter("rho", call: 30, event: 15, S.rho, UInt16(30), { .sudoSetRho(netuid: $0, rho: $1) }, { .rhoSet($0, $1) }),
        Setter("kappa", call: 31, event: 16, S.kappa, UInt16(1_000), { .sudoSetKappa(netuid: $0, kappa: $1) }, { .kappaSet($0, $1) }),
        Setter("max_allowed_uids", call: 32, event: 8, S.maxAllowedUids, UInt16(1_024),
               { .sudoSetMaxAllowedUids(netuid: $0, maxAllowedUids: $1) }, { .maxAllowedUidsSet($0, $1) }),
        Setter("min_allowed_weights", call: 33, event: 17, S.minAllowedWeights, UInt16(50),
               { .sudoSetMinAllowedWeights(netuid: $0, minAllowedWeights: $1) }, { .minAllowedWeightSet($0, $1) }),
        Setter("validator_batch_size", call: 34, event: 45, S.validatorBatchSize, UInt16(16),
               { .sudoSetValidatorBatchSize(netuid: $0, validatorBatchSize: $1) }, { .validatorBatchSizeSet($0, $1) }),
        Setter("validator_sequence_length", call: 35, event: 46, S.validatorSequenceLength, UInt16(512),
               { .sudoSetValidatorSequenceLength(netuid: $0, validatorSequenceLength: $1) }, { .validatorSequenceLengthSet($0, $1) }),
        Setter("validator_epoch_length", call: 36, event: 47, S.validatorEpochLength, UInt16(250),
               { .sudoSetValidatorEpochLength(netuid: $0, validatorEpochLength: $1) }, { .validatorEpochLengthSet($0, $1) }),
        Setter("validator_epochs_per_reset", call: 37, event: 48, S.validatorEpochsPerReset, UInt16(30),
               { .sudoSetValidatorEpochsPerReset(netuid: $0, validatorEpochsPerReset: $1) }, { .validatorEpochsPerResetSet($0, $1) }),
        Setter("validator_prune_len", call: 38, event: 18, S.validatorPruneLen, UInt64(5),
               { .sudoSetValidatorPruneLen(netuid: $0, validatorPruneLen: $1) }, { .validatorPruneLenSet($0, $1) }),
        Setter("validator_exclude_quantile", call: 39, event: 49, S.validatorExcludeQuantile, UInt16(10),
               { .sudoSetValidatorExcludeQuantile(netuid: $0, validatorExcludeQuantile: $1) }, { .validatorExcludeQuantileSet($0, $1) }),
        Setter("validator_logits_divergence", call: 40, event: 50, S.validatorLogitsDivergence, UInt16(20),
               { .sudoSetValidatorLogitsDivergence(netuid: $0, validatorLogitsDivergence: $1) }, { .validatorLogitsDivergenceSet($0, $1) }),
        Setter("scaling_law_power", call: 41, event: 19, S.scalingLawPower, UInt16(42),
               { .sudoSetScalingLawPower(netuid: $0, scalingLawPower: $1) }, { .scalingLawPowerSet($0, $1) }),
        Setter("synergy_scaling_law_power", call: 42, event: 51, S.synergyScalingLawPower, UInt16(60),
               { .sudoSetSynergyScalingLawPower(netuid: $0, synergyScalingLawPower: $1) }, { .synergyScalingLawPowerSet($0, $1) }),
        Setter("immunity_period", call: 43, event: 21, S.immunityPeriod, UInt16(7_200),
               { .sudoSetImmunityPeriod(netuid: $0, immunityPeriod: $1) }, { .immunityPeriodSet($0, $1) }),
        Setter("max_weight_limit", call: 44, event: 9, S.maxWeightsLimit, UInt16(455),
               { .sudoSetMaxWeightLimit(netuid: $0, maxWeightLimit: $1) }, { .maxWeightLimitSet($0, $1) }),
        Setter("max_registrations_per_block", call: 45, event: 13, S.maxRegistrationsPerBlock, UInt16(2),
               { .sudoSetMaxRegistrationsPerBlock(netuid: $0, maxRegistrationsPerBlock: $1) }, { .maxRegistrationsPerBlockSet($0, $1) }),
        Setter("tempo", call: 47, event: 41, S.tempo, UInt16(99), { .sudoSetTempo(netuid: $0, tempo: $1) }, { .tempoSet($0, $1) }),
        Setter("rao_recycled", call: 48, event: 42, S.raoRecycledForRegistration, UInt64(9),
               { .sudoSetRaoRecycled(netuid: $0, raoRecycled: $1) }, { .raoRecycledForRegistrationSet($0, $1) }),
        Setter("registration_allowed", call: 49, event: 40, S.networkRegistrationAllowed, false, checksNetwork: false,
               { .sudoSetRegistrationAllowed(netuid: $0, registrationAllowed: $1) }, { .registrationAllowed($0, $1) }),
        Setter("adjustment_alpha", call: 58, event: 44, S.adjustmentAlpha, UInt64(58_000_000_000_000_000),
               { .sudoSetAdjustmentAlpha(netuid: $0, adjustmentAlpha: $1) }, { .adjustmentAlphaSet($0, $1) }),
    ]

    // MARK: Per-subnet setters

    @Test(arguments: setters)
    func aSetterStoresItsValueAndEmitsItsEvent(_ setter: Setter) throws {
        let chain = TestChain()
        #expect(!setter.isStored(chain, 1), "pick a value that differs from the dev chain's")
        try chain.sudo(setter.call(1))
        #expect(setter.isStored(chain, 1))
        #expect(chain.subtensorEvents == [setter.event(1)])
        // Subnet 3 is untouched.
        #expect(!setter.isStored(chain, 3))
    }

    @Test(arguments: setters)
    func aSetterHasTheChainsCallAndEventIndices(_ setter: Setter) {
        #expect(setter.call(1).scaleEncoded().first == setter.callIndex)
        #expect(setter.event(1).scaleEncoded().first == setter.eventIndex)
    }

    @Test(arguments: setters)
    func aSetterRejectsEveryOriginButRoot(_ setter: Setter) {
        let chain = TestChain()
        expectRejected(chain, .badOrigin) { try chain.call(setter.call(1), from: Dev.alice) }
        expectRejected(chain, .badOrigin) { try chain.call(setter.call(1), origin: .none) }
        // The origin is checked before the subnet.
        expectRejected(chain, .badOrigin) { try chain.call(setter.call(99), from: Dev.alice) }
    }

    @Test(arguments: setters)
    func aSetterOnAnUnknownSubnetFailsOrStoresAsTheChainDoes(_ setter: Setter) throws {
        let chain = TestChain()
        if setter.checksNetwork {
            expectRejected(chain, SubtensorError.networkDoesNotExist.error) { try chain.sudo(setter.call(99)) }
        } else {
            try chain.sudo(setter.call(99))
            #expect(setter.isStored(chain, 99))
            #expect(chain.subtensorEvents == [setter.event(99)])
        }
    }

    @Test func registrationCanBeAllowedOnASubnetThatDoesNotExistYet() throws {
        let chain = TestChain()
        try chain.sudo(.sudoSetRegistrationAllowed(netuid: 99, registrationAllowed: true))
        #expect(chain.read(S.networkRegistrationAllowed, 99))
        #expect(!chain.read(S.networksAdded, 99))
    }

    @Test func sudoPalletCallsReachSubtensorAsRoot() throws {
        let chain = TestChain()
        let inner = RuntimeCall.subtensor(.sudoSetKappa(netuid: 1, kappa: 123))
        #expect(chain.dispatch(.sudo(.sudo(inner)), origin: .signed(Dev.alice)).error == nil)
        #expect(chain.read(S.kappa, 1) == 123)
        #expect(chain.subtensorEvents == [.kappaSet(1, 123)])
        // Bob is not the sudo key.
        #expect(chain.dispatch(.sudo(.sudo(inner)), origin: .signed(Dev.bob)).error != nil)
    }

    // MARK: Setters with extra checks

    @Test func maxAllowedUidsMustExceedTheCurrentNumberOfNeurons() throws {
        let chain = TestChain.easy()
        try chain.register([Dev.key("A"), Dev.key("B")], on: 1, coldkey: Dev.alice)
        expectRejected(chain, SubtensorError.maxAllowedUIdsNotAllowed.error) {
            try chain.sudo(.sudoSetMaxAllowedUids(netuid: 1, maxAllowedUids: 2))
        }
        expectRejected(chain, SubtensorError.maxAllowedUIdsNotAllowed.error) {
            try chain.sudo(.sudoSetMaxAllowedUids(netuid: 1, maxAllowedUids: 1))
        }
        try chain.sudo(.sudoSetMaxAllowedUids(netuid: 1, maxAllowedUids: 3))
        #expect(chain.read(S.maxAllowedUids, 1) == 3)
        // An empty subnet still refuses 0.
        expectRejected(chain, SubtensorError.maxAllowedUIdsNotAllowed.error) {
            try chain.sudo(.sudoSetMaxAllowedUids(netuid: 3, maxAllowedUids: 0))
        }
        expectRejected(chain, SubtensorError.networkDoesNotExist.error) {
            try chain.sudo(.sudoSetMaxAllowedUids(netuid: 99, maxAllowedUids: 0))
        }
    }

    @Test func scalingLawPowerIsAtMost100() throws {
        let chain = TestChain()
        try chain.sudo(.sudoSetScalingLawPower(netuid: 1, scalingLawPower: 100))
        #expect(chain.read(S.scalingLawPower, 1) == 100)
        expectRejected(chain, SubtensorError.storageValueOutOfRange.error) {
            try chain.sudo(.sudoSetScalingLawPower(netuid: 1, scalingLawPower: 101))
        }
        expectRejected(chain, SubtensorError.networkDoesNotExist.error) {
            try chain.sudo(.sudoSetScalingLawPower(netuid: 99, scalingLawPower: 101))
        }
    }

    @Test func tempoMustBeBelow65535() throws {
        let chain = TestChain()
        try chain.sudo(.sudoSetTempo(netuid: 1, tempo: 65_534))
        #expect(chain.read(S.tempo, 1) == 65_534)
        expectRejected(chain, SubtensorError.invalidTempo.error) { try chain.sudo(.sudoSetTempo(netuid: 1, tempo: .max)) }
        expectRejected(chain, SubtensorError.networkDoesNotExist.error) { try chain.sudo(.sudoSetTempo(netuid: 99, tempo: .max)) }
    }

    // MARK: Global setters

    @Test func theGlobalSettersStoreTheirValues() throws {
        let chain = TestChain()
        try chain.sudo(.sudoSetDefaultTake(defaultTake: 1_000))
        #expect(chain.read(S.defaultTake) == 1_000)
        try chain.sudo(.sudoSetTxRateLimit(txRateLimit: 7))
        #expect(chain.read(S.txRateLimit) == 7)
        #expect(chain.subtensorEvents == [.defaultTakeSet(1_000), .txRateLimitSet(7)])
        // sudo_set_total_issuance emits nothing.
        try chain.sudo(.sudoSetTotalIssuance(totalIssuance: 123))
        #expect(chain.read(S.totalIssuance) == 123)
        #expect(chain.subtensorEvents.count == 2)
        for call in [SubtensorCall.sudoSetDefaultTake(defaultTake: 1), .sudoSetTxRateLimit(txRateLimit: 1), .sudoSetTotalIssuance(totalIssuance: 1)] {
            expectRejected(chain, .badOrigin) { try chain.call(call, from: Dev.alice) }
        }
    }

    // MARK: Subnets

    @Test func addingANetworkCreatesItWithRegistrationClosed() throws {
        let chain = TestChain()
        try chain.sudo(.sudoAddNetwork(netuid: 5, tempo: 13, modality: 2))
        #expect(chain.subtensorEvents == [.networkAdded(5, 2)])
        #expect(chain.read(S.networksAdded, 5))
        #expect(chain.read(S.tempo, 5) == 13)
        #expect(chain.read(S.networkModality, 5) == 2)
        #expect(chain.read(S.totalNetworks) == 3)
        #expect(chain.read(S.subnetworkN, 5) == 0)
        #expect(chain.contains(S.subnetworkN, 5))
        #expect(!chain.read(S.networkRegistrationAllowed, 5))
        #expect(chain.read(S.difficulty, 5) == 10_000_000)
        #expect(chain.read(S.emissionValues, 5) == 0)
        // Tempo 65534 and modality 0 are the limits that pass.
        try chain.sudo(.sudoAddNetwork(netuid: 6, tempo: 65_534, modality: 0))
        #expect(chain.read(S.totalNetworks) == 4)
    }

    @Test func addingANetworkChecksInTheChainsOrder() throws {
        let chain = TestChain()
        expectRejected(chain, SubtensorError.networkExist.error) { try chain.sudo(.sudoAddNetwork(netuid: 1, tempo: .max, modality: 3)) }
        expectRejected(chain, SubtensorError.invalidModality.error) { try chain.sudo(.sudoAddNetwork(netuid: 5, tempo: .max, modality: 3)) }
        expectRejected(chain, SubtensorError.invalidTempo.error) { try chain.sudo(.sudoAddNetwork(netuid: 5, tempo: .max, modality: 0)) }
        expectRejected(chain, .badOrigin) { try chain.call(.sudoAddNetwork(netuid: 5, tempo: 1, modality: 0), from: Dev.alice) }
    }

    @Test func removingANetworkRemovesItsNeuronsButLeavesSomeEntriesBehind() throws {
        let chain = TestChain.easy()
        let hot = Dev.key("Removed")
        try chain.registerNeuron(1, hotkey: hot, coldkey: Dev.alice)
        try chain.call(.serveAxon(netuid: 1, version: 1, ip: 0x0102_0304, port: 1, ipType: 4, protocolNumber: 0, placeholder1: 0, placeholder2: 0), from: hot)
        try chain.sudo(.sudoSetBurn(netuid: 1, burn: 5 * Dev.tao))
        try chain.sudo(.sudoRemoveNetwork(netuid: 1))
        #expect(chain.subtensorEvents.last == .networkRemoved(1))
        #expect(!chain.read(S.networksAdded, 1))
        #expect(!chain.contains(S.subnetworkN, 1))
        #expect(!chain.contains(S.tempo, 1))
        #expect(!chain.contains(S.emissionValues, 1))
        #expect(!chain.contains(S.difficulty, 1))
        #expect(!chain.contains(S.maxAllowedUids, 1))
        #expect(!chain.contains(S.lastUpdate, 1))
        #expect(chain.uid(hot, on: 1) == nil)
        #expect(!chain.contains(S.keys, 1, 0))
        #expect(chain.read(S.totalNetworks) == 1)
        // Left behind, as on chain.
        #expect(chain.read(S.isNetworkMember, hot, 1))
        #expect(chain.contains(S.axons, 1, hot))
        #expect(chain.read(S.burn, 1) == 5 * Dev.tao)
        #expect(chain.read(S.minDifficulty, 1) == 1)
        #expect(chain.read(S.networkRegistrationAllowed, 1))
        #expect(chain.read(S.blockAtRegistration, 1, 0) == 1)
        expectRejected(chain, SubtensorError.networkDoesNotExist.error) { try chain.sudo(.sudoRemoveNetwork(netuid: 1)) }
        expectRejected(chain, .badOrigin) { try chain.call(.sudoRemoveNetwork(netuid: 3), from: Dev.alice) }
    }

    // MARK: Emission values

    @Test func emissionValuesAreSetForEverySubnetAtOnce() throws {
        let chain = TestChain()
        try chain.sudo(.sudoSetEmissionValues(netuids: [3, 1], emission: [700_000_000, 300_000_000]))
        #expect(chain.subtensorEvents == [.emissionValuesSet])
        #expect(chain.read(S.emissionValues, 1) == 300_000_000)
        #expect(chain.read(S.emissionValues, 3) == 700_000_000)
    }

    @Test func emissionValuesChecksInTheChainsOrder() throws {
        let chain = TestChain()
        let e = SubtensorError.self
        func set(_ netuids: [UInt16], _ values: [UInt64]) throws { try chain.sudo(.sudoSetEmissionValues(netuids: netuids, emission: values)) }
        expectRejected(chain, e.weightVecNotEqualSize.error) { try set([1, 3], [1_000_000_000]) }
        expectRejected(chain, e.incorrectNetuidsLength.error) { try set([1], [1_000_000_000]) }
        expectRejected(chain, e.incorrectNetuidsLength.error) { try set([1, 3, 4], [1, 2, 3]) }
        expectRejected(chain, e.duplicateUids.error) { try set([1, 1], [500_000_000, 500_000_000]) }
        expectRejected(chain, e.duplicateUids.error) { try set([7, 7], [1, 2]) }
        expectRejected(chain, e.invalidUid.error) { try set([1, 7], [500_000_000, 500_000_000]) }
        expectRejected(chain, e.invalidUid.error) { try set([1, 7], [1, 2]) }
        expectRejected(chain, e.invalidEmissionValues.error) { try set([1, 3], [500_000_000, 500_000_001]) }
        expectRejected(chain, e.invalidEmissionValues.error) { try set([1, 3], [.max, 1_000_000_001]) }
        expectRejected(chain, .badOrigin) { try chain.call(.sudoSetEmissionValues(netuids: [1, 3], emission: [0, 1_000_000_000]), from: Dev.alice) }
    }

    // MARK: Connection requirements

    @Test func connectionRequirementsAreAddedAndRemoved() throws {
        let chain = TestChain()
        try chain.sudo(.sudoAddNetworkConnectionRequirement(netuidA: 1, netuidB: 3, requirement: 1_000))
        #expect(chain.subtensorEvents.last == .networkConnectionAdded(1, 3, 1_000))
        #expect(chain.read(S.networkConnect, 1, 3) == 1_000)
        #expect(!chain.contains(S.networkConnect, 3, 1))
        try chain.sudo(.sudoRemoveNetworkConnectionRequirement(netuidA: 1, netuidB: 3))
        #expect(chain.subtensorEvents.last == .networkConnectionRemoved(1, 3))
        #expect(!chain.contains(S.networkConnect, 1, 3))
    }

    @Test func connectionRequirementsCheckTheirSubnets() throws {
        let chain = TestChain()
        let e = SubtensorError.self
        expectRejected(chain, e.invalidConnectionRequirement.error) {
            try chain.sudo(.sudoAddNetworkConnectionRequirement(netuidA: 1, netuidB: 1, requirement: 1))
        }
        // a = b is reported before a missing subnet.
        expectRejected(chain, e.invalidConnectionRequirement.error) {
            try chain.sudo(.sudoAddNetworkConnectionRequirement(netuidA: 9, netuidB: 9, requirement: 1))
        }
        expectRejected(chain, e.networkDoesNotExist.error) {
            try chain.sudo(.sudoAddNetworkConnectionRequirement(netuidA: 1, netuidB: 9, requirement: 1))
        }
        expectRejected(chain, e.networkDoesNotExist.error) {
            try chain.sudo(.sudoAddNetworkConnectionRequirement(netuidA: 9, netuidB: 1, requirement: 1))
        }
        expectRejected(chain, e.networkDoesNotExist.error) {
            try chain.sudo(.sudoRemoveNetworkConnectionRequirement(netuidA: 1, netuidB: 9))
        }
        expectRejected(chain, .badOrigin) {
            try chain.call(.sudoAddNetworkConnectionRequirement(netuidA: 1, netuidB: 3, requirement: 1), from: Dev.alice)
        }
        expectRejected(chain, .badOrigin) {
            try chain.call(.sudoRemoveNetworkConnectionRequirement(netuidA: 1, netuidB: 3), from: Dev.alice)
        }
    }

    // MARK: sudo_register

    @Test func sudoRegisterPlacesANeuronWithStakeAndMintedBalance() throws {
        let chain = TestChain()
        let hot = Dev.key("SudoHot")
        let cold = Dev.key("SudoCold")
        let issuance = chain.read(S.totalIssuance)
        let balancesIssuance = chain.read(Balances.totalIssuance)
        try chain.sudo(.sudoRegister(netuid: 1, hotkey: hot, coldkey: cold, stake: 5 * Dev.tao, balance: 7 * Dev.tao))
        #expect(chain.subtensorEvents.last == .neuronRegistered(1, 0, hot))
        #expect(chain.uid(hot, on: 1) == 0)
        #expect(chain.read(S.owner, hot) == cold)
        #expect(chain.read(S.stake, hot, cold) == 5 * Dev.tao)
        #expect(chain.read(S.totalStake) == 5 * Dev.tao)
        #expect(chain.freeBalance(cold) == 7 * Dev.tao)
        #expect(chain.read(Balances.totalIssuance) == balancesIssuance + 7 * Dev.tao)
        // SubtensorModule's issuance is not updated, and no registration counter moves.
        #expect(chain.read(S.totalIssuance) == issuance)
        #expect(chain.read(S.registrationsThisBlock, 1) == 0)
        #expect(chain.read(S.registrationsThisInterval, 1) == 0)
    }

    @Test func sudoRegisterChecksInTheChainsOrder() throws {
        let chain = TestChain()
        let hot = Dev.key("SudoHot")
        let e = SubtensorError.self
        expectRejected(chain, e.networkDoesNotExist.error) {
            try chain.sudo(.sudoRegister(netuid: 9, hotkey: hot, coldkey: Dev.alice, stake: 0, balance: 0))
        }
        try chain.sudo(.sudoRegister(netuid: 1, hotkey: hot, coldkey: Dev.alice, stake: 0, balance: 0))
        expectRejected(chain, e.alreadyRegistered.error) {
            try chain.sudo(.sudoRegister(netuid: 1, hotkey: hot, coldkey: Dev.bob, stake: 0, balance: 0))
        }
        expectRejected(chain, e.nonAssociatedColdKey.error) {
            try chain.sudo(.sudoRegister(netuid: 3, hotkey: hot, coldkey: Dev.bob, stake: 0, balance: 0))
        }
        expectRejected(chain, .badOrigin) {
            try chain.call(.sudoRegister(netuid: 3, hotkey: hot, coldkey: Dev.alice, stake: 0, balance: 0), from: Dev.alice)
        }
    }
}
