import ArgumentParser
import Dispatch
import Foundation
import NodeStorage
import Runtime

/// Parsing of the node's chain, path and pruning options.
enum ChainSpecOption {
    /// `$HOME/.local/share/subtensor`, as Substrate nodes default.
    static var defaultBasePath: String {
        let home = ProcessInfo.processInfo.environment["HOME"] ?? FileManager.default.currentDirectoryPath
        return home + "/.local/share/subtensor"
    }

    /// The genesis of `dev`, `local`, or a spec file written by `build-spec`.
    static func genesis(_ chain: String) throws -> GenesisConfig {
        if let preset = ChainPreset(rawValue: chain) { return preset.genesis }
        guard FileManager.default.fileExists(atPath: chain) else {
            throw ValidationError("unknown chain \"\(chain)\": use dev, local, or the path of a spec written by `subtensor build-spec`")
        }
        return try ChainSpecFile.read(path: chain)
    }

    /// `<base>/chains/<id>/db/chain.sqlite`, creating the directories.
    static func databasePath(base: String, chainID: String) throws -> String {
        let directory = URL(fileURLWithPath: base).appendingPathComponent("chains/\(chainID)/db")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory.appendingPathComponent("chain.sqlite").path
    }

    static func pruning(_ text: String) throws -> StatePruning {
        if text == "archive" || text == "archive-canonical" { return .archive }
        guard let blocks = UInt32(text), blocks > 0 else {
            throw ValidationError("--state-pruning must be a positive number of blocks or `archive`, not \"\(text)\"")
        }
        return .keep(blocks)
    }

    /// Resolves when the process gets SIGINT or SIGTERM.
    static func terminationSignals() -> TerminationSignal { TerminationSignal() }
}

/// Waits for SIGINT or SIGTERM.
final class TerminationSignal: @unchecked Sendable {
    private var sources: [any DispatchSourceSignal] = []
    private let stream: AsyncStream<Void>
    private let continuation: AsyncStream<Void>.Continuation

    init() {
        (stream, continuation) = AsyncStream<Void>.makeStream()
        for signalNumber in [SIGINT, SIGTERM] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            let continuation = continuation
            source.setEventHandler { continuation.yield() }
            source.resume()
            sources.append(source)
        }
    }

    func wait() async {
        for await _ in stream { return }
    }
}
