import ArgumentParser
import Axon
import Foundation
import Keys
import Synapse

/// `axon-probe serve`: runs an axon on an address for at most `--duration` seconds. Callers
/// are allowed from a file (`<ss58> [stake]` per line); it prints `listening <ip>:<port>` once
/// bound.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve", abstract: "Serve an axon (ping and the text synapses) for a bounded time.")

    @OptionGroup var key: KeyOptions

    @Option(name: .customLong("axon.ip"), help: "The address to bind.")
    var ip = "127.0.0.1"

    @Option(name: .customLong("axon.port"), help: "The port to bind (0: any free port).")
    var port = 8091

    @Option(name: .customLong("allow"), help: "File of allowed hotkeys: '<ss58> [stake]' per line. Without it, everyone is served.")
    var allowFile: String?

    @Option(name: .customLong("neuron.blacklist.stake.forward"), help: "Least stake a caller needs.")
    var minimumStake: Double = 0

    @Option(name: .customLong("axon.priority.max_workers"), help: "Forwards run at once.")
    var maxWorkers = 5

    @Option(name: .customLong("axon.priority.maxsize"), help: "Requests waiting for a worker.")
    var maxQueue = 10

    @Option(name: .customLong("duration"), help: "Seconds to serve before exiting.")
    var duration: Double = 60

    @Option(name: .customLong("port-file"), help: "Write the bound port to this file.")
    var portFile: String?

    func run() async throws {
        var configuration = AxonConfiguration()
        configuration.ip = ip
        configuration.port = port
        configuration.blacklistMinimumStake = minimumStake
        configuration.priorityMaxWorkers = max(1, maxWorkers)
        configuration.priorityMaxSize = max(0, maxQueue)
        let registry = try allowFile.map(Self.readAllowList)
        let core = AxonCore(keypair: try key.keypair(), configuration: configuration, registry: registry)
        ProbeHandlers.attach(to: core)
        let running = try await Axon(core: core).start()
        if let portFile { try String(running.port).write(toFile: portFile, atomically: true, encoding: .utf8) }
        print("listening \(ip):\(running.port) hotkey \(core.hotkey)")
        fflush(nil)
        try? await Task.sleep(for: .seconds(max(0, duration)))
        await running.stop()
    }

    /// Reads `<ss58> [stake]` lines; `#` starts a comment; a missing stake counts as 0.
    static func readAllowList(_ path: String) throws -> StaticCallerRegistry {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw ValidationError("cannot read the allow-list \(path)")
        }
        var stakes: [String: Double] = [:]
        for rawLine in text.split(whereSeparator: \.isNewline) {
            let line = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let fields = line.split(whereSeparator: \.isWhitespace)
            guard let hotkey = fields.first else { continue }
            guard RequestSignature.publicKey(ss58: String(hotkey)) != nil else {
                throw ValidationError("the allow-list holds an invalid address: \(hotkey)")
            }
            let stake = fields.count > 1 ? Double(fields[1]) : 0
            guard let stake else { throw ValidationError("the allow-list holds an invalid stake: \(fields[1])") }
            stakes[String(hotkey)] = stake
        }
        return StaticCallerRegistry(stakes: stakes)
    }
}
