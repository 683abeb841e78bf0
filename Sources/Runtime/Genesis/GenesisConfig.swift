import ChainTypes
import Keys
import Primitives
import RuntimeSupport
import SCALECodec

/// What a chain starts with: funded accounts, the sudo key, block authors and subnets.
public struct GenesisConfig: Sendable, Equatable {
    /// One subnet created at genesis, with the hyperparameters that differ from the defaults.
    public struct Subnet: Sendable, Equatable {
        public var netuid: UInt16
        public var tempo: UInt16
        public var modality: UInt16 = 0
        public var registrationAllowed: Bool = false
        public var emissionValue: UInt64 = 0
        /// Hyperparameter overrides as SubtensorModule calls (`sudo_set_*`), applied as root.
        public var settings: [SubtensorCall] = []

        public init(netuid: UInt16, tempo: UInt16 = 99, modality: UInt16 = 0, registrationAllowed: Bool = false,
                    emissionValue: UInt64 = 0, settings: [SubtensorCall] = []) {
            self.netuid = netuid
            self.tempo = tempo
            self.modality = modality
            self.registrationAllowed = registrationAllowed
            self.emissionValue = emissionValue
            self.settings = settings
        }
    }

    /// The chain's name (`Bittensor`) and id (`dev`, `local`).
    public var name: String
    public var id: String
    /// Free balances at genesis, in rao.
    public var balances: [(AccountID, UInt64)]
    /// The sudo key.
    public var sudoKey: AccountID?
    /// Aura block authors (sr25519 public keys), in slot order.
    public var authorities: [AccountID]
    /// Subnets created at genesis (the pallet always creates netuid 3 as well).
    public var subnets: [Subnet]
    /// Whether SubtensorModule's `TotalIssuance` starts at the balances' total (the chain's
    /// localnet starts it at 0).
    public var countBalancesInIssuance: Bool
    /// Global settings applied as root after the subnets (`sudo_set_tx_rate_limit` …).
    public var globalSettings: [SubtensorCall]

    public init(name: String, id: String, balances: [(AccountID, UInt64)], sudoKey: AccountID?, authorities: [AccountID],
                subnets: [Subnet], countBalancesInIssuance: Bool, globalSettings: [SubtensorCall] = []) {
        self.name = name
        self.id = id
        self.balances = balances
        self.sudoKey = sudoKey
        self.authorities = authorities
        self.subnets = subnets
        self.countBalancesInIssuance = countBalancesInIssuance
        self.globalSettings = globalSettings
    }

    public static func == (a: GenesisConfig, b: GenesisConfig) -> Bool {
        a.name == b.name && a.id == b.id && a.balances.map(\.0) == b.balances.map(\.0) && a.balances.map(\.1) == b.balances.map(\.1)
            && a.sudoKey == b.sudoKey && a.authorities == b.authorities && a.subnets == b.subnets
            && a.countBalancesInIssuance == b.countBalancesInIssuance && a.globalSettings == b.globalSettings
    }

    /// The account of a development URI such as `//Alice` (sr25519).
    public static func devAccount(_ name: String) -> AccountID {
        // Dev URIs are fixed strings that always parse.
        try! Keypair(uri: "//\(name)", scheme: .sr25519).accountID
    }
}

/// Aura's authority list (`Aura.Authorities`).
public enum Aura {
    public static let authorities = StorageValue("Aura", "Authorities", default: [AccountID]())
}

/// The genesis block: its state and header.
public struct GenesisBlock: Sendable {
    /// The genesis state.
    public let state: ChainState
    /// Block 0's header.
    public let header: Header
    /// Block 0's hash: the genesis hash every signature commits to.
    public var hash: H256 { header.hash }
}

extension GenesisConfig {
    /// `hash69`: the placeholder frame_system stores for block 0 until block 1 records the
    /// real genesis hash.
    static let hash69 = H256(bytes: [UInt8](repeating: 69, count: 32))!

    /// Builds the genesis state and header.
    public func build() -> GenesisBlock {
        let state = ChainState()
        var ctx = BlockContext(base: state, blockNumber: 0)
        // frame_system
        System.blockHash.set(0, Self.hash69, in: &ctx.storage)
        System.parentHash.set(Self.hash69, in: &ctx.storage)
        System.upgradedToU32RefCount.set(true, in: &ctx.storage)
        System.upgradedToTripleRefCount.set(true, in: &ctx.storage)
        ctx.storage.set(Array(":code".utf8), Array("swift-bittensor native runtime \(Runtime.specName) \(Runtime.specVersion)".utf8))
        ctx.storage.set(Executive.extrinsicIndexKey, UInt32(0).scaleEncoded())
        Aura.authorities.set(authorities, in: &ctx.storage)
        TransactionPayment.nextFeeMultiplier.set(TransactionPayment.nextFeeMultiplier.defaultValue, in: &ctx.storage)
        // Balances
        var total: UInt64 = 0
        for (account, amount) in balances {
            Balances.setBalance(account, free: amount, reserved: 0, &ctx)
            total = total.addingSaturating(amount)
        }
        if let sudoKey { Sudo.key.set(sudoKey, in: &ctx.storage) }
        // SubtensorModule: the pallet's genesis always creates netuid 3.
        let S = SubtensorStorage.self
        S.totalIssuance.set(countBalancesInIssuance ? total : 0, in: &ctx.storage)
        var subnets = self.subnets
        if !subnets.contains(where: { $0.netuid == 3 }) { subnets.insert(Subnet(netuid: 3), at: 0) }
        for subnet in subnets {
            SubtensorModule.initNewNetwork(netuid: subnet.netuid, tempo: subnet.tempo, modality: subnet.modality, &ctx)
            S.networkRegistrationAllowed.set(subnet.netuid, subnet.registrationAllowed, in: &ctx.storage)
            S.emissionValues.set(subnet.netuid, subnet.emissionValue, in: &ctx.storage)
            S.maxAllowedUids.set(subnet.netuid, S.maxAllowedUids.defaultValue, in: &ctx.storage)
            for setting in subnet.settings {
                _ = Runtime.dispatchTransactionally(.subtensor(setting), origin: .root, &ctx)
            }
        }
        for setting in globalSettings {
            _ = Runtime.dispatchTransactionally(.subtensor(setting), origin: .root, &ctx)
        }
        state.apply(ctx.storage.changes)
        let header = Header(
            parentHash: .zero, number: 0, stateRoot: state.root, extrinsicsRoot: Executive.extrinsicsRoot([]), digest: [])
        return GenesisBlock(state: state, header: header)
    }
}
