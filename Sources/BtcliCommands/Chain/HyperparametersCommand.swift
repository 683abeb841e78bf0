import ArgumentParser
import ChainClient
import JSONRPC
import Runtime

/// `btcli subnets hyperparameters`: a subnet's hyperparameters as stored on chain.
struct HyperparametersCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "hyperparameters", abstract: "View subnet hyperparameters")

    @OptionGroup var common: CommonOptions
    @OptionGroup var subnet: NetuidOption
    @OptionGroup var output: JSONOutputOption

    func run() async throws {
        try await Output.reportingErrors {
            try await ChainSession.with(common) { session in
                let netuid = try await Registration.netuid(subnet.netuid, session: session)
                var values: [(String, UInt64)] = []
                for parameter in Hyperparameter.all { values.append((parameter.name, try await parameter.read(session.client, netuid))) }
                if output.json {
                    Output.json(.object([("netuid", .integer(Int64(netuid))), ("hyperparameters", .object(values.map { ($0.0, .integer(Int64($0.1))) }))]))
                    return
                }
                var table = Table(title: "Subnet Hyperparameters - NETUID: \(netuid) - \(session.networkName)",
                                  columns: [.init("HYPERPARAMETER"), .init("VALUE", right: true)])
                for (name, value) in values { table.add([name, String(value)]) }
                print(table.render())
            }
        }
    }
}

/// `btcli sudo set`: changes a subnet hyperparameter through `Sudo.sudo` (the wallet's coldkey
/// must be the chain's sudo key, as on a dev chain with `//Alice`).
struct SudoSetCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "set", abstract: "Set a subnet hyperparameter (sudo key only)")

    @OptionGroup var common: CommonOptions
    @OptionGroup var subnet: NetuidOption
    @OptionGroup var output: JSONOutputOption
    @Option(name: .customLong("param"), help: "The hyperparameter's name (see `btcli subnets hyperparameters`).")
    var param: String?
    @Option(name: .customLong("value"), help: "The new value (an integer; 0/1 for booleans).")
    var value: String?

    func run() async throws {
        try await Output.reportingErrors {
            try await ChainSession.with(common) { session in
                let netuid = try await Registration.netuid(subnet.netuid, session: session)
                guard let name = param ?? session.context.ask("Enter hyperparameter") else { throw BtcliError("--param is required") }
                let parameter = try Hyperparameter.named(name)
                guard let setter = parameter.set else { throw BtcliError("\(parameter.name) cannot be set") }
                guard let text = value ?? session.context.ask("Enter new value"), let newValue = UInt64(text) else {
                    throw BtcliError("--value must be a non-negative integer")
                }
                let call = RuntimeCall.sudo(.sudo(.subtensor(try setter(netuid, newValue))))
                let wallet = session.context.wallet()
                let coldkey = try session.coldkeyAddress(wallet)
                let sudoKey = try await session.client.readIfPresent(Sudo.key)
                guard sudoKey == coldkey else {
                    throw BtcliError("\(wallet.name) (\(coldkey)) is not the sudo key of \(session.networkName). Nothing was submitted.")
                }
                let old = try await parameter.read(session.client, netuid)
                try session.confirm("Set \(parameter.name) of subnet \(netuid) from \(old) to \(newValue)?")
                let receipt = try await session.submit(call, signer: try session.coldkey(wallet), quiet: output.json)
                let now = try await parameter.read(session.client, netuid)
                if output.json {
                    Output.json(.object(ChainSession.json(receipt) + [("param", .string(parameter.name)), ("old", .integer(Int64(old))), ("new", .integer(Int64(now)))]))
                } else {
                    print("\(parameter.name) of subnet \(netuid): \(old) ➡ \(now)")
                }
            }
        }
    }
}
