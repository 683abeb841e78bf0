import Primitives
import SCALECodec

/// SubtensorModule's calls (pallet index 7) with the chain's call indices and argument
/// encodings (spec 127). The governance calls 51–57 are not part of this runtime; root calls
/// arrive through `Sudo.sudo`. Indices 34–37, 39, 40 and 42, unused on the 2023 chain (they once
/// held validator hyperparameter setters), carry the seed's validator hyperparameters again.
public enum SubtensorCall: Equatable, Sendable, SCALECodable {
    case setWeights(netuid: UInt16, dests: [UInt16], weights: [UInt16], versionKey: UInt64)
    case becomeDelegate(hotkey: AccountID)
    case addStake(hotkey: AccountID, amountStaked: UInt64)
    case removeStake(hotkey: AccountID, amountUnstaked: UInt64)
    case serveAxon(netuid: UInt16, version: UInt32, ip: UInt128, port: UInt16, ipType: UInt8, protocolNumber: UInt8, placeholder1: UInt8, placeholder2: UInt8)
    case servePrometheus(netuid: UInt16, version: UInt32, ip: UInt128, port: UInt16, ipType: UInt8)
    case register(netuid: UInt16, blockNumber: UInt64, nonce: UInt64, work: [UInt8], hotkey: AccountID, coldkey: AccountID)
    case burnedRegister(netuid: UInt16, hotkey: AccountID)
    case sudoRegister(netuid: UInt16, hotkey: AccountID, coldkey: AccountID, stake: UInt64, balance: UInt64)
    case sudoAddNetwork(netuid: UInt16, tempo: UInt16, modality: UInt16)
    case sudoRemoveNetwork(netuid: UInt16)
    case sudoSetEmissionValues(netuids: [UInt16], emission: [UInt64])
    case sudoAddNetworkConnectionRequirement(netuidA: UInt16, netuidB: UInt16, requirement: UInt16)
    case sudoRemoveNetworkConnectionRequirement(netuidA: UInt16, netuidB: UInt16)
    case sudoSetDefaultTake(defaultTake: UInt16)
    case sudoSetServingRateLimit(netuid: UInt16, servingRateLimit: UInt64)
    case sudoSetTxRateLimit(txRateLimit: UInt64)
    case sudoSetMaxBurn(netuid: UInt16, maxBurn: UInt64)
    case sudoSetMinBurn(netuid: UInt16, minBurn: UInt64)
    case sudoSetBurn(netuid: UInt16, burn: UInt64)
    case sudoSetMaxDifficulty(netuid: UInt16, maxDifficulty: UInt64)
    case sudoSetMinDifficulty(netuid: UInt16, minDifficulty: UInt64)
    case sudoSetWeightsSetRateLimit(netuid: UInt16, weightsSetRateLimit: UInt64)
    case sudoSetWeightsVersionKey(netuid: UInt16, weightsVersionKey: UInt64)
    case sudoSetBondsMovingAverage(netuid: UInt16, bondsMovingAverage: UInt64)
    case sudoSetMaxAllowedValidators(netuid: UInt16, maxAllowedValidators: UInt16)
    case sudoSetDifficulty(netuid: UInt16, difficulty: UInt64)
    case sudoSetAdjustmentInterval(netuid: UInt16, adjustmentInterval: UInt16)
    case sudoSetTargetRegistrationsPerInterval(netuid: UInt16, targetRegistrationsPerInterval: UInt16)
    case sudoSetActivityCutoff(netuid: UInt16, activityCutoff: UInt16)
    case sudoSetRho(netuid: UInt16, rho: UInt16)
    case sudoSetKappa(netuid: UInt16, kappa: UInt16)
    case sudoSetMaxAllowedUids(netuid: UInt16, maxAllowedUids: UInt16)
    case sudoSetMinAllowedWeights(netuid: UInt16, minAllowedWeights: UInt16)
    case sudoSetValidatorBatchSize(netuid: UInt16, validatorBatchSize: UInt16)
    case sudoSetValidatorSequenceLength(netuid: UInt16, validatorSequenceLength: UInt16)
    case sudoSetValidatorEpochLength(netuid: UInt16, validatorEpochLength: UInt16)
    case sudoSetValidatorEpochsPerReset(netuid: UInt16, validatorEpochsPerReset: UInt16)
    case sudoSetValidatorPruneLen(netuid: UInt16, validatorPruneLen: UInt64)
    case sudoSetValidatorExcludeQuantile(netuid: UInt16, validatorExcludeQuantile: UInt16)
    case sudoSetValidatorLogitsDivergence(netuid: UInt16, validatorLogitsDivergence: UInt16)
    case sudoSetScalingLawPower(netuid: UInt16, scalingLawPower: UInt16)
    case sudoSetSynergyScalingLawPower(netuid: UInt16, synergyScalingLawPower: UInt16)
    case sudoSetImmunityPeriod(netuid: UInt16, immunityPeriod: UInt16)
    case sudoSetMaxWeightLimit(netuid: UInt16, maxWeightLimit: UInt16)
    case sudoSetMaxRegistrationsPerBlock(netuid: UInt16, maxRegistrationsPerBlock: UInt16)
    case sudoSetTotalIssuance(totalIssuance: UInt64)
    case sudoSetTempo(netuid: UInt16, tempo: UInt16)
    case sudoSetRaoRecycled(netuid: UInt16, raoRecycled: UInt64)
    case sudoSetRegistrationAllowed(netuid: UInt16, registrationAllowed: Bool)
    case sudoSetAdjustmentAlpha(netuid: UInt16, adjustmentAlpha: UInt64)

    /// The call indices this runtime decodes.
    public static let indices: [UInt8] = [0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,58]

    public func encode(to encoder: inout SCALEEncoder) {
        switch self {
        case .setWeights(let netuid, let dests, let weights, let versionKey):
            encoder.encodeVariantIndex(0)
            encoder.encode(netuid)
            encoder.encode(dests)
            encoder.encode(weights)
            encoder.encode(versionKey)
        case .becomeDelegate(let hotkey):
            encoder.encodeVariantIndex(1)
            encoder.encode(hotkey)
        case .addStake(let hotkey, let amountStaked):
            encoder.encodeVariantIndex(2)
            encoder.encode(hotkey)
            encoder.encode(amountStaked)
        case .removeStake(let hotkey, let amountUnstaked):
            encoder.encodeVariantIndex(3)
            encoder.encode(hotkey)
            encoder.encode(amountUnstaked)
        case .serveAxon(let netuid, let version, let ip, let port, let ipType, let protocolNumber, let placeholder1, let placeholder2):
            encoder.encodeVariantIndex(4)
            encoder.encode(netuid)
            encoder.encode(version)
            encoder.encode(ip)
            encoder.encode(port)
            encoder.encode(ipType)
            encoder.encode(protocolNumber)
            encoder.encode(placeholder1)
            encoder.encode(placeholder2)
        case .servePrometheus(let netuid, let version, let ip, let port, let ipType):
            encoder.encodeVariantIndex(5)
            encoder.encode(netuid)
            encoder.encode(version)
            encoder.encode(ip)
            encoder.encode(port)
            encoder.encode(ipType)
        case .register(let netuid, let blockNumber, let nonce, let work, let hotkey, let coldkey):
            encoder.encodeVariantIndex(6)
            encoder.encode(netuid)
            encoder.encode(blockNumber)
            encoder.encode(nonce)
            encoder.encode(work)
            encoder.encode(hotkey)
            encoder.encode(coldkey)
        case .burnedRegister(let netuid, let hotkey):
            encoder.encodeVariantIndex(7)
            encoder.encode(netuid)
            encoder.encode(hotkey)
        case .sudoRegister(let netuid, let hotkey, let coldkey, let stake, let balance):
            encoder.encodeVariantIndex(8)
            encoder.encode(netuid)
            encoder.encode(hotkey)
            encoder.encode(coldkey)
            encoder.encode(stake)
            encoder.encode(balance)
        case .sudoAddNetwork(let netuid, let tempo, let modality):
            encoder.encodeVariantIndex(9)
            encoder.encode(netuid)
            encoder.encode(tempo)
            encoder.encode(modality)
        case .sudoRemoveNetwork(let netuid):
            encoder.encodeVariantIndex(10)
            encoder.encode(netuid)
        case .sudoSetEmissionValues(let netuids, let emission):
            encoder.encodeVariantIndex(11)
            encoder.encode(netuids)
            encoder.encode(emission)
        case .sudoAddNetworkConnectionRequirement(let netuidA, let netuidB, let requirement):
            encoder.encodeVariantIndex(12)
            encoder.encode(netuidA)
            encoder.encode(netuidB)
            encoder.encode(requirement)
        case .sudoRemoveNetworkConnectionRequirement(let netuidA, let netuidB):
            encoder.encodeVariantIndex(13)
            encoder.encode(netuidA)
            encoder.encode(netuidB)
        case .sudoSetDefaultTake(let defaultTake):
            encoder.encodeVariantIndex(14)
            encoder.encode(defaultTake)
        case .sudoSetServingRateLimit(let netuid, let servingRateLimit):
            encoder.encodeVariantIndex(15)
            encoder.encode(netuid)
            encoder.encode(servingRateLimit)
        case .sudoSetTxRateLimit(let txRateLimit):
            encoder.encodeVariantIndex(16)
            encoder.encode(txRateLimit)
        case .sudoSetMaxBurn(let netuid, let maxBurn):
            encoder.encodeVariantIndex(17)
            encoder.encode(netuid)
            encoder.encode(maxBurn)
        case .sudoSetMinBurn(let netuid, let minBurn):
            encoder.encodeVariantIndex(18)
            encoder.encode(netuid)
            encoder.encode(minBurn)
        case .sudoSetBurn(let netuid, let burn):
            encoder.encodeVariantIndex(19)
            encoder.encode(netuid)
            encoder.encode(burn)
        case .sudoSetMaxDifficulty(let netuid, let maxDifficulty):
            encoder.encodeVariantIndex(20)
            encoder.encode(netuid)
            encoder.encode(maxDifficulty)
        case .sudoSetMinDifficulty(let netuid, let minDifficulty):
            encoder.encodeVariantIndex(21)
            encoder.encode(netuid)
            encoder.encode(minDifficulty)
        case .sudoSetWeightsSetRateLimit(let netuid, let weightsSetRateLimit):
            encoder.encodeVariantIndex(22)
            encoder.encode(netuid)
            encoder.encode(weightsSetRateLimit)
        case .sudoSetWeightsVersionKey(let netuid, let weightsVersionKey):
            encoder.encodeVariantIndex(23)
            encoder.encode(netuid)
            encoder.encode(weightsVersionKey)
        case .sudoSetBondsMovingAverage(let netuid, let bondsMovingAverage):
            encoder.encodeVariantIndex(24)
            encoder.encode(netuid)
            encoder.encode(bondsMovingAverage)
        case .sudoSetMaxAllowedValidators(let netuid, let maxAllowedValidators):
            encoder.encodeVariantIndex(25)
            encoder.encode(netuid)
            encoder.encode(maxAllowedValidators)
        case .sudoSetDifficulty(let netuid, let difficulty):
            encoder.encodeVariantIndex(26)
            encoder.encode(netuid)
            encoder.encode(difficulty)
        case .sudoSetAdjustmentInterval(let netuid, let adjustmentInterval):
            encoder.encodeVariantIndex(27)
            encoder.encode(netuid)
            encoder.encode(adjustmentInterval)
        case .sudoSetTargetRegistrationsPerInterval(let netuid, let targetRegistrationsPerInterval):
            encoder.encodeVariantIndex(28)
            encoder.encode(netuid)
            encoder.encode(targetRegistrationsPerInterval)
        case .sudoSetActivityCutoff(let netuid, let activityCutoff):
            encoder.encodeVariantIndex(29)
            encoder.encode(netuid)
            encoder.encode(activityCutoff)
        case .sudoSetRho(let netuid, let rho):
            encoder.encodeVariantIndex(30)
            encoder.encode(netuid)
            encoder.encode(rho)
        case .sudoSetKappa(let netuid, let kappa):
            encoder.encodeVariantIndex(31)
            encoder.encode(netuid)
            encoder.encode(kappa)
        case .sudoSetMaxAllowedUids(let netuid, let maxAllowedUids):
            encoder.encodeVariantIndex(32)
            encoder.encode(netuid)
            encoder.encode(maxAllowedUids)
        case .sudoSetMinAllowedWeights(let netuid, let minAllowedWeights):
            encoder.encodeVariantIndex(33)
            encoder.encode(netuid)
            encoder.encode(minAllowedWeights)
        case .sudoSetValidatorBatchSize(let netuid, let validatorBatchSize):
            encoder.encodeVariantIndex(34)
            encoder.encode(netuid)
            encoder.encode(validatorBatchSize)
        case .sudoSetValidatorSequenceLength(let netuid, let validatorSequenceLength):
            encoder.encodeVariantIndex(35)
            encoder.encode(netuid)
            encoder.encode(validatorSequenceLength)
        case .sudoSetValidatorEpochLength(let netuid, let validatorEpochLength):
            encoder.encodeVariantIndex(36)
            encoder.encode(netuid)
            encoder.encode(validatorEpochLength)
        case .sudoSetValidatorEpochsPerReset(let netuid, let validatorEpochsPerReset):
            encoder.encodeVariantIndex(37)
            encoder.encode(netuid)
            encoder.encode(validatorEpochsPerReset)
        case .sudoSetValidatorPruneLen(let netuid, let validatorPruneLen):
            encoder.encodeVariantIndex(38)
            encoder.encode(netuid)
            encoder.encode(validatorPruneLen)
        case .sudoSetValidatorExcludeQuantile(let netuid, let validatorExcludeQuantile):
            encoder.encodeVariantIndex(39)
            encoder.encode(netuid)
            encoder.encode(validatorExcludeQuantile)
        case .sudoSetValidatorLogitsDivergence(let netuid, let validatorLogitsDivergence):
            encoder.encodeVariantIndex(40)
            encoder.encode(netuid)
            encoder.encode(validatorLogitsDivergence)
        case .sudoSetScalingLawPower(let netuid, let scalingLawPower):
            encoder.encodeVariantIndex(41)
            encoder.encode(netuid)
            encoder.encode(scalingLawPower)
        case .sudoSetSynergyScalingLawPower(let netuid, let synergyScalingLawPower):
            encoder.encodeVariantIndex(42)
            encoder.encode(netuid)
            encoder.encode(synergyScalingLawPower)
        case .sudoSetImmunityPeriod(let netuid, let immunityPeriod):
            encoder.encodeVariantIndex(43)
            encoder.encode(netuid)
            encoder.encode(immunityPeriod)
        case .sudoSetMaxWeightLimit(let netuid, let maxWeightLimit):
            encoder.encodeVariantIndex(44)
            encoder.encode(netuid)
            encoder.encode(maxWeightLimit)
        case .sudoSetMaxRegistrationsPerBlock(let netuid, let maxRegistrationsPerBlock):
            encoder.encodeVariantIndex(45)
            encoder.encode(netuid)
            encoder.encode(maxRegistrationsPerBlock)
        case .sudoSetTotalIssuance(let totalIssuance):
            encoder.encodeVariantIndex(46)
            encoder.encode(totalIssuance)
        case .sudoSetTempo(let netuid, let tempo):
            encoder.encodeVariantIndex(47)
            encoder.encode(netuid)
            encoder.encode(tempo)
        case .sudoSetRaoRecycled(let netuid, let raoRecycled):
            encoder.encodeVariantIndex(48)
            encoder.encode(netuid)
            encoder.encode(raoRecycled)
        case .sudoSetRegistrationAllowed(let netuid, let registrationAllowed):
            encoder.encodeVariantIndex(49)
            encoder.encode(netuid)
            encoder.encode(registrationAllowed)
        case .sudoSetAdjustmentAlpha(let netuid, let adjustmentAlpha):
            encoder.encodeVariantIndex(58)
            encoder.encode(netuid)
            encoder.encode(adjustmentAlpha)
        }
    }

    public init(from decoder: inout SCALEDecoder) throws {
        switch try decoder.decodeVariantIndex(of: SubtensorCall.self, allowed: Self.indices) {
        case 0: self = .setWeights(netuid: try decoder.decode(UInt16.self), dests: try decoder.decode([UInt16].self), weights: try decoder.decode([UInt16].self), versionKey: try decoder.decode(UInt64.self))
        case 1: self = .becomeDelegate(hotkey: try decoder.decode(AccountID.self))
        case 2: self = .addStake(hotkey: try decoder.decode(AccountID.self), amountStaked: try decoder.decode(UInt64.self))
        case 3: self = .removeStake(hotkey: try decoder.decode(AccountID.self), amountUnstaked: try decoder.decode(UInt64.self))
        case 4: self = .serveAxon(netuid: try decoder.decode(UInt16.self), version: try decoder.decode(UInt32.self), ip: try decoder.decode(UInt128.self), port: try decoder.decode(UInt16.self), ipType: try decoder.decode(UInt8.self), protocolNumber: try decoder.decode(UInt8.self), placeholder1: try decoder.decode(UInt8.self), placeholder2: try decoder.decode(UInt8.self))
        case 5: self = .servePrometheus(netuid: try decoder.decode(UInt16.self), version: try decoder.decode(UInt32.self), ip: try decoder.decode(UInt128.self), port: try decoder.decode(UInt16.self), ipType: try decoder.decode(UInt8.self))
        case 6: self = .register(netuid: try decoder.decode(UInt16.self), blockNumber: try decoder.decode(UInt64.self), nonce: try decoder.decode(UInt64.self), work: try decoder.decode([UInt8].self), hotkey: try decoder.decode(AccountID.self), coldkey: try decoder.decode(AccountID.self))
        case 7: self = .burnedRegister(netuid: try decoder.decode(UInt16.self), hotkey: try decoder.decode(AccountID.self))
        case 8: self = .sudoRegister(netuid: try decoder.decode(UInt16.self), hotkey: try decoder.decode(AccountID.self), coldkey: try decoder.decode(AccountID.self), stake: try decoder.decode(UInt64.self), balance: try decoder.decode(UInt64.self))
        case 9: self = .sudoAddNetwork(netuid: try decoder.decode(UInt16.self), tempo: try decoder.decode(UInt16.self), modality: try decoder.decode(UInt16.self))
        case 10: self = .sudoRemoveNetwork(netuid: try decoder.decode(UInt16.self))
        case 11: self = .sudoSetEmissionValues(netuids: try decoder.decode([UInt16].self), emission: try decoder.decode([UInt64].self))
        case 12: self = .sudoAddNetworkConnectionRequirement(netuidA: try decoder.decode(UInt16.self), netuidB: try decoder.decode(UInt16.self), requirement: try decoder.decode(UInt16.self))
        case 13: self = .sudoRemoveNetworkConnectionRequirement(netuidA: try decoder.decode(UInt16.self), netuidB: try decoder.decode(UInt16.self))
        case 14: self = .sudoSetDefaultTake(defaultTake: try decoder.decode(UInt16.self))
        case 15: self = .sudoSetServingRateLimit(netuid: try decoder.decode(UInt16.self), servingRateLimit: try decoder.decode(UInt64.self))
        case 16: self = .sudoSetTxRateLimit(txRateLimit: try decoder.decode(UInt64.self))
        case 17: self = .sudoSetMaxBurn(netuid: try decoder.decode(UInt16.self), maxBurn: try decoder.decode(UInt64.self))
        case 18: self = .sudoSetMinBurn(netuid: try decoder.decode(UInt16.self), minBurn: try decoder.decode(UInt64.self))
        case 19: self = .sudoSetBurn(netuid: try decoder.decode(UInt16.self), burn: try decoder.decode(UInt64.self))
        case 20: self = .sudoSetMaxDifficulty(netuid: try decoder.decode(UInt16.self), maxDifficulty: try decoder.decode(UInt64.self))
        case 21: self = .sudoSetMinDifficulty(netuid: try decoder.decode(UInt16.self), minDifficulty: try decoder.decode(UInt64.self))
        case 22: self = .sudoSetWeightsSetRateLimit(netuid: try decoder.decode(UInt16.self), weightsSetRateLimit: try decoder.decode(UInt64.self))
        case 23: self = .sudoSetWeightsVersionKey(netuid: try decoder.decode(UInt16.self), weightsVersionKey: try decoder.decode(UInt64.self))
        case 24: self = .sudoSetBondsMovingAverage(netuid: try decoder.decode(UInt16.self), bondsMovingAverage: try decoder.decode(UInt64.self))
        case 25: self = .sudoSetMaxAllowedValidators(netuid: try decoder.decode(UInt16.self), maxAllowedValidators: try decoder.decode(UInt16.self))
        case 26: self = .sudoSetDifficulty(netuid: try decoder.decode(UInt16.self), difficulty: try decoder.decode(UInt64.self))
        case 27: self = .sudoSetAdjustmentInterval(netuid: try decoder.decode(UInt16.self), adjustmentInterval: try decoder.decode(UInt16.self))
        case 28: self = .sudoSetTargetRegistrationsPerInterval(netuid: try decoder.decode(UInt16.self), targetRegistrationsPerInterval: try decoder.decode(UInt16.self))
        case 29: self = .sudoSetActivityCutoff(netuid: try decoder.decode(UInt16.self), activityCutoff: try decoder.decode(UInt16.self))
        case 30: self = .sudoSetRho(netuid: try decoder.decode(UInt16.self), rho: try decoder.decode(UInt16.self))
        case 31: self = .sudoSetKappa(netuid: try decoder.decode(UInt16.self), kappa: try decoder.decode(UInt16.self))
        case 32: self = .sudoSetMaxAllowedUids(netuid: try decoder.decode(UInt16.self), maxAllowedUids: try decoder.decode(UInt16.self))
        case 33: self = .sudoSetMinAllowedWeights(netuid: try decoder.decode(UInt16.self), minAllowedWeights: try decoder.decode(UInt16.self))
        case 34: self = .sudoSetValidatorBatchSize(netuid: try decoder.decode(UInt16.self), validatorBatchSize: try decoder.decode(UInt16.self))
        case 35: self = .sudoSetValidatorSequenceLength(netuid: try decoder.decode(UInt16.self), validatorSequenceLength: try decoder.decode(UInt16.self))
        case 36: self = .sudoSetValidatorEpochLength(netuid: try decoder.decode(UInt16.self), validatorEpochLength: try decoder.decode(UInt16.self))
        case 37: self = .sudoSetValidatorEpochsPerReset(netuid: try decoder.decode(UInt16.self), validatorEpochsPerReset: try decoder.decode(UInt16.self))
        case 38: self = .sudoSetValidatorPruneLen(netuid: try decoder.decode(UInt16.self), validatorPruneLen: try decoder.decode(UInt64.self))
        case 39: self = .sudoSetValidatorExcludeQuantile(netuid: try decoder.decode(UInt16.self), validatorExcludeQuantile: try decoder.decode(UInt16.self))
        case 40: self = .sudoSetValidatorLogitsDivergence(netuid: try decoder.decode(UInt16.self), validatorLogitsDivergence: try decoder.decode(UInt16.self))
        case 41: self = .sudoSetScalingLawPower(netuid: try decoder.decode(UInt16.self), scalingLawPower: try decoder.decode(UInt16.self))
        case 42: self = .sudoSetSynergyScalingLawPower(netuid: try decoder.decode(UInt16.self), synergyScalingLawPower: try decoder.decode(UInt16.self))
        case 43: self = .sudoSetImmunityPeriod(netuid: try decoder.decode(UInt16.self), immunityPeriod: try decoder.decode(UInt16.self))
        case 44: self = .sudoSetMaxWeightLimit(netuid: try decoder.decode(UInt16.self), maxWeightLimit: try decoder.decode(UInt16.self))
        case 45: self = .sudoSetMaxRegistrationsPerBlock(netuid: try decoder.decode(UInt16.self), maxRegistrationsPerBlock: try decoder.decode(UInt16.self))
        case 46: self = .sudoSetTotalIssuance(totalIssuance: try decoder.decode(UInt64.self))
        case 47: self = .sudoSetTempo(netuid: try decoder.decode(UInt16.self), tempo: try decoder.decode(UInt16.self))
        case 48: self = .sudoSetRaoRecycled(netuid: try decoder.decode(UInt16.self), raoRecycled: try decoder.decode(UInt64.self))
        case 49: self = .sudoSetRegistrationAllowed(netuid: try decoder.decode(UInt16.self), registrationAllowed: try decoder.decode(Bool.self))
        case 58: self = .sudoSetAdjustmentAlpha(netuid: try decoder.decode(UInt16.self), adjustmentAlpha: try decoder.decode(UInt64.self))
        default: throw decoder.invalidValue("unknown call index", of: SubtensorCall.self)
        }
    }

    /// The call's name as metadata spells it (`add_stake`).
    public var name: String {
        switch self {
        case .setWeights: return "set_weights"
        case .becomeDelegate: return "become_delegate"
        case .addStake: return "add_stake"
        case .removeStake: return "remove_stake"
        case .serveAxon: return "serve_axon"
        case .servePrometheus: return "serve_prometheus"
        case .register: return "register"
        case .burnedRegister: return "burned_register"
        case .sudoRegister: return "sudo_register"
        case .sudoAddNetwork: return "sudo_add_network"
        case .sudoRemoveNetwork: return "sudo_remove_network"
        case .sudoSetEmissionValues: return "sudo_set_emission_values"
        case .sudoAddNetworkConnectionRequirement: return "sudo_add_network_connection_requirement"
        case .sudoRemoveNetworkConnectionRequirement: return "sudo_remove_network_connection_requirement"
        case .sudoSetDefaultTake: return "sudo_set_default_take"
        case .sudoSetServingRateLimit: return "sudo_set_serving_rate_limit"
        case .sudoSetTxRateLimit: return "sudo_set_tx_rate_limit"
        case .sudoSetMaxBurn: return "sudo_set_max_burn"
        case .sudoSetMinBurn: return "sudo_set_min_burn"
        case .sudoSetBurn: return "sudo_set_burn"
        case .sudoSetMaxDifficulty: return "sudo_set_max_difficulty"
        case .sudoSetMinDifficulty: return "sudo_set_min_difficulty"
        case .sudoSetWeightsSetRateLimit: return "sudo_set_weights_set_rate_limit"
        case .sudoSetWeightsVersionKey: return "sudo_set_weights_version_key"
        case .sudoSetBondsMovingAverage: return "sudo_set_bonds_moving_average"
        case .sudoSetMaxAllowedValidators: return "sudo_set_max_allowed_validators"
        case .sudoSetDifficulty: return "sudo_set_difficulty"
        case .sudoSetAdjustmentInterval: return "sudo_set_adjustment_interval"
        case .sudoSetTargetRegistrationsPerInterval: return "sudo_set_target_registrations_per_interval"
        case .sudoSetActivityCutoff: return "sudo_set_activity_cutoff"
        case .sudoSetRho: return "sudo_set_rho"
        case .sudoSetKappa: return "sudo_set_kappa"
        case .sudoSetMaxAllowedUids: return "sudo_set_max_allowed_uids"
        case .sudoSetMinAllowedWeights: return "sudo_set_min_allowed_weights"
        case .sudoSetValidatorBatchSize: return "sudo_set_validator_batch_size"
        case .sudoSetValidatorSequenceLength: return "sudo_set_validator_sequence_length"
        case .sudoSetValidatorEpochLength: return "sudo_set_validator_epoch_length"
        case .sudoSetValidatorEpochsPerReset: return "sudo_set_validator_epochs_per_reset"
        case .sudoSetValidatorPruneLen: return "sudo_set_validator_prune_len"
        case .sudoSetValidatorExcludeQuantile: return "sudo_set_validator_exclude_quantile"
        case .sudoSetValidatorLogitsDivergence: return "sudo_set_validator_logits_divergence"
        case .sudoSetScalingLawPower: return "sudo_set_scaling_law_power"
        case .sudoSetSynergyScalingLawPower: return "sudo_set_synergy_scaling_law_power"
        case .sudoSetImmunityPeriod: return "sudo_set_immunity_period"
        case .sudoSetMaxWeightLimit: return "sudo_set_max_weight_limit"
        case .sudoSetMaxRegistrationsPerBlock: return "sudo_set_max_registrations_per_block"
        case .sudoSetTotalIssuance: return "sudo_set_total_issuance"
        case .sudoSetTempo: return "sudo_set_tempo"
        case .sudoSetRaoRecycled: return "sudo_set_rao_recycled"
        case .sudoSetRegistrationAllowed: return "sudo_set_registration_allowed"
        case .sudoSetAdjustmentAlpha: return "sudo_set_adjustment_alpha"
        }
    }
}
