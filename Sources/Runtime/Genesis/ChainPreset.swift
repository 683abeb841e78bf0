import SCALECodec
import Primitives

/// The built-in chain specifications.
public enum ChainPreset: String, CaseIterable, Sendable {
    /// A single-author development chain: Alice authors and is sudo, the six dev accounts are
    /// funded, subnets 1 and 3 accept registrations at low difficulty and share the emission.
    case dev
    /// The chain's `local` spec: Alice and Bob author, Alice is sudo, netuid 3 exists with
    /// registration disabled and no emission until sudo changes that.
    case local

    /// 1 TAO in rao.
    public static let tao: UInt64 = 1_000_000_000

    /// The genesis configuration of this preset.
    public var genesis: GenesisConfig {
        let names = ["Alice", "Bob", "Charlie", "Dave", "Eve", "Ferdie"]
        let accounts = names.map(GenesisConfig.devAccount)
        switch self {
        case .dev:
            let easy: (UInt16) -> [SubtensorCall] = { netuid in
                [
                    .sudoSetMinDifficulty(netuid: netuid, minDifficulty: 1),
                    .sudoSetDifficulty(netuid: netuid, difficulty: 10_000),
                    .sudoSetMinBurn(netuid: netuid, minBurn: 100_000_000),
                    .sudoSetBurn(netuid: netuid, burn: Self.tao),
                    .sudoSetMaxRegistrationsPerBlock(netuid: netuid, maxRegistrationsPerBlock: 8),
                    .sudoSetTargetRegistrationsPerInterval(netuid: netuid, targetRegistrationsPerInterval: 8),
                    .sudoSetMinAllowedWeights(netuid: netuid, minAllowedWeights: 1),
                    .sudoSetMaxWeightLimit(netuid: netuid, maxWeightLimit: .max),
                    .sudoSetWeightsSetRateLimit(netuid: netuid, weightsSetRateLimit: 0),
                    .sudoSetImmunityPeriod(netuid: netuid, immunityPeriod: 200),
                    .sudoSetMaxAllowedUids(netuid: netuid, maxAllowedUids: 256),
                ]
            }
            return GenesisConfig(
                name: "Bittensor Development", id: "dev",
                balances: accounts.map { ($0, 1000 * Self.tao) },
                sudoKey: accounts[0], authorities: [accounts[0]],
                subnets: [
                    .init(netuid: 1, tempo: 20, registrationAllowed: true, emissionValue: 500_000_000, settings: easy(1)),
                    .init(netuid: 3, tempo: 20, registrationAllowed: true, emissionValue: 500_000_000, settings: easy(3)),
                ],
                countBalancesInIssuance: true,
                globalSettings: [.sudoSetTxRateLimit(txRateLimit: 0)])
        case .local:
            let amounts: [UInt64] = [1000, 1000, 1000, 2, 2, 2].map { $0 * Self.tao }
            return GenesisConfig(
                name: "Bittensor", id: "local",
                balances: Array(zip(accounts, amounts)),
                sudoKey: accounts[0], authorities: [accounts[0], accounts[1]],
                subnets: [.init(netuid: 3, tempo: 99)],
                countBalancesInIssuance: false)
        }
    }
}
