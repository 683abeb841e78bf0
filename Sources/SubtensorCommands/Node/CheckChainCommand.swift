import ArgumentParser
import Foundation
import Node
import NodeStorage
import Runtime

/// `subtensor check-chain`: re-executes the stored chain from genesis and checks every root.
struct CheckChainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check-chain",
        abstract: "Re-execute every stored block from genesis and check its seal and state root.")

    @Option(help: "The chain: dev, local or a spec file.")
    var chain: String = "local"

    @Flag(help: "The development chain.")
    var dev = false

    @Option(name: [.customShort("d"), .long], help: "The base path the node used.")
    var basePath: String?

    func run() throws {
        let genesis = try ChainSpecOption.genesis(dev ? "dev" : chain)
        let path = try ChainSpecOption.databasePath(base: basePath ?? ChainSpecOption.defaultBasePath, chainID: genesis.id)
        let store = try BlockStore(path: path, pruning: .archive)
        do {
            let count = try ChainVerifier.reexecute(store, genesis: genesis)
            print("verified \(count) blocks: every seal and state root matches re-execution")
        } catch {
            FileHandle.standardError.write(Data("check-chain failed: \(error)\n".utf8))
            throw ExitCode(1)
        }
    }
}
