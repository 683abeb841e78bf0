import ArgumentParser
import Foundation
import Node
import NodeStorage
import Runtime

/// `subtensor [run] --dev …`: runs the chain node.
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run the Subtensor node (the default command): author blocks, keep them on disk, serve JSON-RPC.",
        discussion: """
            Examples:
              subtensor --dev --tmp                     a throwaway development chain (Alice authors)
              subtensor --chain local --base-path ./db  the local chain, kept in ./db
            """
    )

    @Flag(help: "Development chain: `--chain dev`, Alice authors, and `--tmp` unless --base-path is given.")
    var dev = false

    @Option(help: "Chain specification: dev, local, or a JSON file written by `subtensor build-spec`.")
    var chain: String?

    @Flag(help: "Keep the database in a new temporary directory, removed when the node stops.")
    var tmp = false

    @Option(name: [.customShort("d"), .long], help: "Directory of the node's database.")
    var basePath: String?

    @Option(help: "JSON-RPC port (WebSocket and HTTP on one port).")
    var rpcPort: Int = 9944

    @Flag(help: "Listen for RPC on every interface instead of loopback only.")
    var rpcExternal = false

    @Option(help: "Milliseconds per block (the Aura slot).")
    var blockTime: UInt64 = 12_000

    @Option(help: "The node's name, shown in logs.")
    var name: String = "swift-bittensor"

    @Option(help: "State history kept for queries at earlier blocks: a number of blocks, or `archive`.")
    var statePruning: String = "256"

    @Option(help: "Secret URI of the authority key that authors blocks (default //Alice on dev and local).")
    var authority: String?

    @Option(name: [.customShort("l"), .long], help: "Log level: error, info or debug.")
    var log: String = "info"

    func validate() throws {
        guard blockTime >= 100 else { throw ValidationError("--block-time must be at least 100 ms") }
        guard (0...65_535).contains(rpcPort) else { throw ValidationError("--rpc-port must be between 0 and 65535") }
        guard ["error", "info", "debug"].contains(log) else { throw ValidationError("--log must be error, info or debug") }
        _ = try ChainSpecOption.pruning(statePruning)
    }

    func run() async throws {
        let genesis = try ChainSpecOption.genesis(chain ?? (dev ? "dev" : "local"))
        var temporaryDirectory: URL?
        let databasePath: String
        if let basePath, !tmp {
            databasePath = try ChainSpecOption.databasePath(base: basePath, chainID: genesis.id)
        } else if tmp || dev {
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("subtensor-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            temporaryDirectory = directory
            databasePath = directory.appendingPathComponent("chain.sqlite").path
        } else {
            databasePath = try ChainSpecOption.databasePath(base: ChainSpecOption.defaultBasePath, chainID: genesis.id)
        }
        defer { if let temporaryDirectory { try? FileManager.default.removeItem(at: temporaryDirectory) } }
        let configuration = NodeConfiguration(
            genesis: genesis, databasePath: databasePath, statePruning: try ChainSpecOption.pruning(statePruning),
            rpcHost: rpcExternal ? "0.0.0.0" : "127.0.0.1", rpcPort: rpcPort, blockTime: blockTime, name: name,
            authorityURI: authority ?? "//Alice", logLevel: ["error": 0, "info": 1, "debug": 2][log] ?? 1)
        let runner: NodeRunner
        do {
            runner = try await NodeRunner(configuration: configuration)
        } catch {
            FileHandle.standardError.write(Data("Error: \(error)\n".utf8))
            throw ExitCode(1)
        }
        let task = Task { await runner.run() }
        let signals = ChainSpecOption.terminationSignals()
        await signals.wait()
        task.cancel()
        await task.value
    }
}
