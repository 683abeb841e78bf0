import Foundation
import JSONRPC
import Runtime

/// Runs a node: opens the chain, serves RPC, and authors a block every slot until stopped.
public final class NodeRunner: Sendable {
    public let chain: NodeChain
    public let server: RPCServer
    let configuration: NodeConfiguration

    /// Opens the chain and starts the RPC server (blocks are authored by `run`).
    public init(configuration: NodeConfiguration) async throws {
        self.configuration = configuration
        let log = NodeLog(level: configuration.logLevel)
        log.info("Subtensor Node (swift-bittensor)")
        log.info("📋 Chain specification: \(configuration.genesis.name) (\(configuration.genesis.id))")
        log.info("🏷  Node name: \(configuration.name)")
        log.info("💾 Database: SQLite at \(configuration.databasePath ?? "memory"), state pruning \(configuration.statePruning)")
        chain = try NodeChain(configuration: configuration)
        let best = await chain.best
        log.info("🔨 Initializing Genesis block/state (state: \(configuration.genesis.build().header.stateRoot), header-hash: \(chain.genesisHash))")
        if best.number > 0 { log.info("♻️  Resuming at block #\(best.number) (\(best.hash))") }
        server = try await RPCServer(router: NodeRPC.router(for: chain), host: configuration.rpcHost, port: configuration.rpcPort)
        log.info("Running JSON-RPC server: addr=\(configuration.rpcHost):\(server.port)")
    }

    /// Milliseconds since the Unix epoch.
    static func now() -> UInt64 { UInt64(Date().timeIntervalSince1970 * 1000) }

    /// Authors blocks until the task is cancelled: the first at once, then one at each slot
    /// boundary of `blockTime`.
    public func run() async {
        let log = NodeLog(level: configuration.logLevel)
        guard configuration.authorityURI != nil else {
            log.info("no authority key: this node does not author blocks")
            while !Task.isCancelled { try? await Task.sleep(nanoseconds: 1_000_000_000) }
            return
        }
        var first = true
        while !Task.isCancelled {
            if !first {
                let now = Self.now()
                let next = (now / configuration.blockTime + 1) * configuration.blockTime
                try? await Task.sleep(nanoseconds: (next - now) * 1_000_000)
                if Task.isCancelled { break }
            }
            first = false
            do {
                try await chain.produceBlock(moment: Self.now())
            } catch {
                log.error("block production failed: \(error)")
            }
        }
        await server.shutdown()
    }
}
