import SCALECodec
import Hashing
import Primitives
import RuntimeSupport
import Yuma

/// SubtensorModule's storage items, with the chain's names, hashers and defaults
/// (spec 127; `pallets/subtensor/src/lib.rs`).
public enum SubtensorStorage {
    static let pallet = "SubtensorModule"
    public typealias Netuid = UInt16

    static func value<V>(_ item: String, _ value: V) -> StorageValue<V> { StorageValue(pallet, item, default: value) }
    static func perNet<V>(_ item: String, _ value: V) -> StorageMap<Netuid, V> {
        StorageMap(pallet, item, hasher: .identity, default: value)
    }

    // MARK: Accounts, stake, delegation
    public static let totalStake = value("TotalStake", UInt64(0))
    public static let defaultTake = value("DefaultTake", UInt16(11_796))
    public static let blockEmission = value("BlockEmission", UInt64(1_000_000_000))
    public static let totalIssuance = value("TotalIssuance", UInt64(0))
    public static let totalHotkeyStake = StorageMap<AccountID, UInt64>(pallet, "TotalHotkeyStake", hasher: .identity, default: 0)
    public static let totalColdkeyStake = StorageMap<AccountID, UInt64>(pallet, "TotalColdkeyStake", hasher: .identity, default: 0)
    public static let owner = StorageMap<AccountID, AccountID>(pallet, "Owner", hasher: .blake2_128Concat, default: AccountID.zero)
    public static let delegates = StorageMap<AccountID, UInt16>(pallet, "Delegates", hasher: .blake2_128Concat, default: 11_796)
    /// `Stake[hotkey][coldkey]`.
    public static let stake = StorageDoubleMap<AccountID, AccountID, UInt64>(
        pallet, "Stake", hasher1: .blake2_128Concat, hasher2: .identity, default: 0)
    public static let txRateLimit = value("TxRateLimit", UInt64(1000))
    public static let lastTxBlock = StorageMap<AccountID, UInt64>(pallet, "LastTxBlock", hasher: .identity, default: 0)
    public static let senateRequiredStakePercentage = value("SenateRequiredStakePercentage", UInt64(1))

    // MARK: Registration and difficulty
    public static let usedWork = StorageMap<[UInt8], UInt64>(pallet, "UsedWork", hasher: .identity, default: 0)
    public static let burn = perNet("Burn", UInt64(1_000_000_000))
    public static let minBurn = perNet("MinBurn", UInt64(1_000_000_000))
    public static let maxBurn = perNet("MaxBurn", UInt64(100_000_000_000))
    public static let difficulty = perNet("Difficulty", UInt64(10_000_000))
    public static let minDifficulty = perNet("MinDifficulty", UInt64(10_000_000))
    public static let maxDifficulty = perNet("MaxDifficulty", UInt64.max / 4)
    public static let lastAdjustmentBlock = perNet("LastAdjustmentBlock", UInt64(0))
    public static let registrationsThisBlock = perNet("RegistrationsThisBlock", UInt16(0))
    public static let maxRegistrationsPerBlock = perNet("MaxRegistrationsPerBlock", UInt16(1))
    public static let raoRecycledForRegistration = perNet("RAORecycledForRegistration", UInt64(0))
    public static let registrationsThisInterval = perNet("RegistrationsThisInterval", UInt16(0))
    public static let powRegistrationsThisInterval = perNet("POWRegistrationsThisInterval", UInt16(0))
    public static let burnRegistrationsThisInterval = perNet("BurnRegistrationsThisInterval", UInt16(0))
    public static let targetRegistrationsPerInterval = perNet("TargetRegistrationsPerInterval", UInt16(2))
    public static let adjustmentInterval = perNet("AdjustmentInterval", UInt16(100))
    public static let adjustmentAlpha = perNet("AdjustmentAlpha", UInt64(0))
    public static let blockAtRegistration = StorageDoubleMap<UInt16, UInt16, UInt64>(
        pallet, "BlockAtRegistration", hasher1: .identity, hasher2: .identity, default: 0)

    // MARK: Subnets
    public static let totalNetworks = value("TotalNetworks", UInt16(0))
    public static let subnetworkN = perNet("SubnetworkN", UInt16(0))
    public static let networkModality = perNet("NetworkModality", UInt16(0))
    public static let networksAdded = perNet("NetworksAdded", false)
    /// `NetworkConnect[a][b]` (OptionQuery: read with `getIfPresent`).
    public static let networkConnect = StorageDoubleMap<UInt16, UInt16, UInt16>(
        pallet, "NetworkConnect", hasher1: .identity, hasher2: .identity, default: 0)
    public static let isNetworkMember = StorageDoubleMap<AccountID, UInt16, Bool>(
        pallet, "IsNetworkMember", hasher1: .blake2_128Concat, hasher2: .identity, default: false)
    public static let networkRegistrationAllowed = perNet("NetworkRegistrationAllowed", false)
    public static let tempo = perNet("Tempo", UInt16(99))
    public static let emissionValues = perNet("EmissionValues", UInt64(0))
    public static let pendingEmission = perNet("PendingEmission", UInt64(0))
    public static let blocksSinceLastStep = perNet("BlocksSinceLastStep", UInt64(0))
    public static let lastMechanismStepBlock = perNet("LastMechansimStepBlock", UInt64(0))
    /// OptionQuery: absent when nothing is waiting.
    public static let loadedEmission = perNet("LoadedEmission", [LoadedEmissionEntry]())

    // MARK: Serving
    public static let servingRateLimit = perNet("ServingRateLimit", UInt64(50))
    public static let axons = StorageDoubleMap<UInt16, AccountID, AxonInfo>(
        pallet, "Axons", hasher1: .identity, hasher2: .blake2_128Concat, default: AxonInfo())
    public static let prometheus = StorageDoubleMap<UInt16, AccountID, PrometheusInfo>(
        pallet, "Prometheus", hasher1: .identity, hasher2: .blake2_128Concat, default: PrometheusInfo())

    // MARK: Per-subnet hyperparameters
    public static let rho = perNet("Rho", UInt16(10))
    public static let kappa = perNet("Kappa", UInt16(32_767))
    public static let maxAllowedUids = perNet("MaxAllowedUids", UInt16(4096))
    public static let immunityPeriod = perNet("ImmunityPeriod", UInt16(4096))
    public static let activityCutoff = perNet("ActivityCutoff", UInt16(5000))
    public static let maxWeightsLimit = perNet("MaxWeightsLimit", UInt16(1000))
    public static let weightsVersionKey = perNet("WeightsVersionKey", UInt64(0))
    public static let minAllowedWeights = perNet("MinAllowedWeights", UInt16(1024))
    public static let maxAllowedValidators = perNet("MaxAllowedValidators", UInt16(128))
    public static let bondsMovingAverage = perNet("BondsMovingAverage", UInt64(900_000))
    public static let weightsSetRateLimit = perNet("WeightsSetRateLimit", UInt64(100))
    public static let validatorPruneLen = perNet("ValidatorPruneLen", UInt64(1))
    public static let scalingLawPower = perNet("ScalingLawPower", UInt16(50))

    // MARK: The seed's validator hyperparameters (our addition; validators read them from chain)
    public static let validatorBatchSize = perNet("ValidatorBatchSize", UInt16(32))
    public static let validatorSequenceLength = perNet("ValidatorSequenceLength", UInt16(256))
    public static let validatorEpochLength = perNet("ValidatorEpochLen", UInt16(100))
    public static let validatorEpochsPerReset = perNet("ValidatorEpochsPerReset", UInt16(60))
    public static let validatorExcludeQuantile = perNet("ValidatorExcludeQuantile", UInt16(6554))
    public static let validatorLogitsDivergence = perNet("ValidatorLogitsDivergence", UInt16(1310))
    public static let synergyScalingLawPower = perNet("SynergyScalingLawPower", UInt16(50))

    // MARK: Consensus state
    /// `Uids[netuid][hotkey]` (OptionQuery).
    public static let uids = StorageDoubleMap<UInt16, AccountID, UInt16>(
        pallet, "Uids", hasher1: .identity, hasher2: .blake2_128Concat, default: 0)
    public static let keys = StorageDoubleMap<UInt16, UInt16, AccountID>(
        pallet, "Keys", hasher1: .identity, hasher2: .identity, default: AccountID.zero)
    public static let active = perNet("Active", [Bool]())
    public static let rank = perNet("Rank", [UInt16]())
    public static let trust = perNet("Trust", [UInt16]())
    public static let consensus = perNet("Consensus", [UInt16]())
    public static let incentive = perNet("Incentive", [UInt16]())
    public static let dividends = perNet("Dividends", [UInt16]())
    public static let emission = perNet("Emission", [UInt64]())
    public static let lastUpdate = perNet("LastUpdate", [UInt64]())
    public static let validatorTrust = perNet("ValidatorTrust", [UInt16]())
    public static let pruningScores = perNet("PruningScores", [UInt16]())
    public static let validatorPermit = perNet("ValidatorPermit", [Bool]())
    public static let weights = StorageDoubleMap<UInt16, UInt16, [UIDValue]>(
        pallet, "Weights", hasher1: .identity, hasher2: .identity, default: [])
    public static let bonds = StorageDoubleMap<UInt16, UInt16, [UIDValue]>(
        pallet, "Bonds", hasher1: .identity, hasher2: .identity, default: [])
}
