import NodeStorage
import Runtime

/// How a node runs: which chain, where its database lives, how it serves RPC and how fast it
/// authors blocks.
public struct NodeConfiguration: Sendable {
    /// The chain's genesis.
    public var genesis: GenesisConfig
    /// The database file, or `nil` for a store in memory.
    public var databasePath: String?
    public var statePruning: StatePruning
    public var rpcHost: String
    public var rpcPort: Int
    /// Milliseconds per block (the Aura slot).
    public var blockTime: UInt64
    /// The node's name (`system_name` answers the implementation; this shows in logs).
    public var name: String
    /// The authority's secret URI (`//Alice` on dev chains); `nil` runs a node that does not author.
    public var authorityURI: String?
    /// Logs at least this verbose: 0 errors, 1 info, 2 debug.
    public var logLevel: Int

    public init(genesis: GenesisConfig, databasePath: String?, statePruning: StatePruning = .keep(256), rpcHost: String = "127.0.0.1",
                rpcPort: Int = 9944, blockTime: UInt64 = 12_000, name: String = "swift-bittensor", authorityURI: String? = "//Alice",
                logLevel: Int = 1) {
        self.genesis = genesis
        self.databasePath = databasePath
        self.statePruning = statePruning
        self.rpcHost = rpcHost
        self.rpcPort = rpcPort
        self.blockTime = blockTime
        self.name = name
        self.authorityURI = authorityURI
        self.logLevel = logLevel
    }
}
