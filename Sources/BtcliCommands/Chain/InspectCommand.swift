import ArgumentParser
import ChainClient
import Foundation
import JSONRPC
import Runtime

/// `btcli inspect` / `btcli wallet inspect`: a wallet's balance, its delegations and its
/// registered neurons on every subnet.
struct InspectCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "inspect", abstract: "Inspect a wallet (cold, hot) pair")

    @OptionGroup var common: CommonOptions
    @OptionGroup var output: JSONOutputOption
    @Flag(name: .customLong("all"), help: "Every wallet under --wallet.path.")
    var all = false

    func run() async throws {
        try await Output.reportingErrors {
            try await ChainSession.with(common) { session in
                let wallets = all ? session.context.allWallets() : [session.context.wallet()]
                let block = try await session.client.bestBlock()
                let subnets = try await session.client.subnets(at: block.hash)
                var neuronsBySubnet: [(UInt16, [NeuronInfo])] = []
                for subnet in subnets { neuronsBySubnet.append((subnet.netuid, try await session.client.neurons(netuid: subnet.netuid, at: block.hash))) }
                var table = Table(title: "Inspect on \(session.networkName) at block \(block.number)", columns: [
                    .init("Coldkey"), .init("Balance", right: true), .init("Delegate"), .init("Stake", right: true), .init("Emission", right: true),
                    .init("Netuid", right: true), .init("Hotkey"), .init("Stake", right: true), .init("Emission", right: true),
                ])
                var report: [JSONValue] = []
                for wallet in wallets {
                    guard let coldkey = all ? try? session.coldkeyAddress(wallet) : try session.coldkeyAddress(wallet) else { continue }
                    let free = try await session.client.read(System.account, coldkey, at: block.hash).data.free
                    table.add([wallet.name, Balance(rao: free).description])
                    var delegations: [JSONValue] = []
                    for (info, stake) in try await session.client.delegated(by: coldkey, at: block.hash) {
                        let total = Delegation.totalStake(info)
                        let daily = total > 0 ? UInt64(Double(info.totalDailyReturn) * Double(stake) / Double(total)) : 0
                        table.add(["", "", info.delegate.ss58(), Balance(rao: stake).description, Balance(rao: daily).description])
                        delegations.append(.object([("delegate", .string(info.delegate.ss58())), ("stake", .integer(Int64(stake))),
                                                    ("daily_return", .integer(Int64(daily)))]))
                    }
                    let names = Dictionary(wallet.hotkeyNames().compactMap { name in (try? session.hotkeyAddress(wallet, named: name)).map { ($0, name) } },
                                           uniquingKeysWith: { a, _ in a })
                    var neurons: [JSONValue] = []
                    for (netuid, list) in neuronsBySubnet {
                        for n in list where n.coldkey == coldkey {
                            let stake = NeuronFormatting.stake(n)
                            let label = names[n.hotkey].map { "\($0)-\(n.hotkey.ss58())" } ?? n.hotkey.ss58()
                            table.add(["", "", "", "", "", String(netuid), label, Balance(rao: stake).description, Balance(rao: n.emission).description])
                            neurons.append(.object([("netuid", .integer(Int64(netuid))), ("uid", .integer(Int64(n.uid))), ("hotkey", .string(n.hotkey.ss58())),
                                                    ("stake", .integer(Int64(stake))), ("emission", .integer(Int64(n.emission)))]))
                        }
                    }
                    report.append(.object([("wallet", .string(wallet.name)), ("coldkey", .string(coldkey.ss58())), ("balance", .integer(Int64(free))),
                                           ("delegations", .array(delegations)), ("neurons", .array(neurons))]))
                }
                if output.json {
                    Output.json(.object([("network", .string(session.networkName)), ("block", .integer(Int64(block.number))), ("wallets", .array(report))]))
                } else {
                    print(table.render())
                }
            }
        }
    }
}
