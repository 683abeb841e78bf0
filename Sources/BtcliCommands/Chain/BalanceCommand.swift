import ArgumentParser
import ChainClient
import JSONRPC
import Runtime
import Wallet

/// `btcli wallet balance`: free, staked and total TAO of a wallet's coldkey (or of every wallet
/// with `--all`).
struct BalanceCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "balance", abstract: "Show a wallet's free and staked balance.")

    @OptionGroup var common: CommonOptions
    @OptionGroup var output: JSONOutputOption
    @Flag(name: .customLong("all"), help: "Show every wallet under --wallet.path.")
    var all = false

    func run() async throws {
        try await Output.reportingErrors {
            try await ChainSession.with(common) { session in
            let wallets = all ? session.context.allWallets() : [session.context.wallet()]
            var table = Table(title: "Balances on \(session.networkName)", columns: [
                .init("Wallet Name"), .init("Coldkey Address"), .init("Free Balance", right: true),
                .init("Staked Balance", right: true), .init("Total Balance", right: true),
            ])
            var entries: [JSONValue] = []
            var totals = (free: Balance(rao: 0), staked: Balance(rao: 0))
            for wallet in wallets {
                guard let coldkey = try? session.coldkeyAddress(wallet) else {
                    if !all { _ = try session.coldkeyAddress(wallet) }
                    continue
                }
                let free = Balance(rao: try await session.client.read(System.account, coldkey).data.free)
                let staked = Balance(rao: try await session.client.read(SubtensorStorage.totalColdkeyStake, coldkey))
                totals = (totals.free + free, totals.staked + staked)
                table.add([wallet.name, coldkey.ss58(), free.description, staked.description, (free + staked).description])
                entries.append(.object([
                    ("wallet", .string(wallet.name)), ("coldkey", .string(coldkey.ss58())),
                    ("free", .integer(Int64(free.rao))), ("staked", .integer(Int64(staked.rao))),
                    ("total", .integer(Int64((free + staked).rao))),
                ]))
            }
            if output.json {
                Output.json(.object([("network", .string(session.networkName)), ("unit", .string("rao")), ("wallets", .array(entries))]))
                return
            }
            table.footer = ["Total", "", totals.free.description, totals.staked.description, (totals.free + totals.staked).description]
            print(table.render())
            }
        }
    }
}
