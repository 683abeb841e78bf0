import ArgumentParser
import Dendrite
import Foundation
import Synapse

/// `axon-probe ping`: sends the base `Synapse` to one axon and prints the outcome as JSON
/// (`status_code`, `status_message`, `axon_hotkey`, `process_time`). Exits 0 on 200, 1 otherwise.
struct PingCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "ping", abstract: "Ping an axon with a signed Synapse.")

    @OptionGroup var key: KeyOptions

    @Option(help: "The axon's address.")
    var ip = "127.0.0.1"

    @Option(help: "The axon's port.")
    var port: Int

    @Option(name: .customLong("axon-hotkey"), help: "The axon's hotkey (SS58): part of the signed message.")
    var axonHotkey: String

    @Option(help: "Seconds to wait for the answer.")
    var timeout: Double = 12

    @Option(help: "How many pings to send one after another.")
    var count = 1

    func run() async throws {
        let dendrite = Dendrite(keypair: try key.keypair())
        let target = AxonEndpoint(ip: ip, port: port, hotkey: axonHotkey)
        var allServed = true
        for _ in 0..<max(1, count) {
            let answer = await dendrite.call(target, BaseSynapse(), timeout: timeout)
            allServed = allServed && answer.dendrite.statusCode == 200
            let report: [String: Any] = [
                "status_code": answer.dendrite.statusCode ?? NSNull(),
                "status_message": answer.dendrite.statusMessage ?? NSNull(),
                "axon_hotkey": answer.axon.hotkey ?? NSNull(),
                "axon_version": answer.axon.version ?? NSNull(),
                "process_time": answer.dendrite.processTime ?? NSNull(),
            ]
            let data = try JSONSerialization.data(withJSONObject: report, options: [.sortedKeys])
            print(String(decoding: data, as: UTF8.self))
        }
        try await dendrite.shutdown()
        if !allServed { throw ExitCode(1) }
    }
}
