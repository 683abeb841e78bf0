import ArgumentParser
import ChainClient
import JSONRPC

/// `btcli list_delegates` / `btcli root list_delegates`: every delegate, by total stake.
struct ListDelegatesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list_delegates", abstract: "List all delegates on the network")

    @OptionGroup var common: CommonOptions
    @OptionGroup var output: JSONOutputOption

    func run() async throws {
        try await Output.reportingErrors {
            try await ChainSession.with(common) { session in
                let delegates = Delegation.sorted(try await session.client.delegates())
                if output.json {
                    Output.json(.object([("network", .string(session.networkName)), ("delegates", .array(delegates.map(Delegation.json)))]))
                } else {
                    print(Delegation.table(delegates, network: session.networkName).render())
                }
            }
        }
    }
}

/// `btcli my_delegates` / `btcli root my_delegates`: the delegates the wallet's coldkey (or every
/// wallet's, with `--all`) has stake on.
struct MyDelegatesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "my_delegates", abstract: "Show all delegates where I am delegating a positive amount of stake")

    @OptionGroup var common: CommonOptions
    @OptionGroup var output: JSONOutputOption
    @Flag(name: .customLong("all"), help: "Every wallet under --wallet.path.")
    var all = false

    func run() async throws {
        try await Output.reportingErrors {
            try await ChainSession.with(common) { session in
                let wallets = all ? session.context.allWallets() : [session.context.wallet()]
                var table = Table(title: "My delegates on \(session.networkName)", columns: [
                    .init("Wallet"), .init("OWNER"), .init("SS58"), .init("Delegation", right: true), .init("τ/24h", right: true),
                    .init("NOMS", right: true), .init("OWNER STAKE(τ)", right: true), .init("TOTAL STAKE(τ)", right: true),
                    .init("SUBNETS"), .init("TAKE", right: true),
                ])
                var rows: [JSONValue] = []
                for wallet in wallets {
                    guard let coldkey = all ? try? session.coldkeyAddress(wallet) : try session.coldkeyAddress(wallet) else { continue }
                    for (info, stake) in try await session.client.delegated(by: coldkey) where stake > 0 {
                        let total = Delegation.totalStake(info)
                        let daily = total > 0 ? Double(info.totalDailyReturn) / 1e9 * Double(stake) / Double(total) : 0
                        table.add([
                            wallet.name, info.owner.ss58().prefix(8) + "...", info.delegate.ss58(), Balance(rao: stake).description,
                            String(format: "τ%.5f", daily), String(info.nominators.count),
                            Balance(rao: Delegation.ownerStake(info)).formatted(decimals: 5, symbol: false),
                            Balance(rao: total).formatted(decimals: 5, symbol: false),
                            "[" + info.registrations.map(String.init).joined(separator: ", ") + "]", Delegation.percent(info.take),
                        ])
                        rows.append(.object([("wallet", .string(wallet.name)), ("coldkey", .string(coldkey.ss58())),
                                             ("delegate", .string(info.delegate.ss58())), ("stake", .integer(Int64(stake)))]))
                    }
                }
                if output.json {
                    Output.json(.object([("network", .string(session.networkName)), ("delegations", .array(rows))]))
                } else {
                    print(table.render())
                }
            }
        }
    }
}
