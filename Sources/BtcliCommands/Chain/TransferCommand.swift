import ArgumentParser
import ChainClient
import ChainTypes
import JSONRPC
import Runtime

/// `btcli transfer` / `btcli wallet transfer`: sends TAO from the wallet's coldkey.
struct TransferCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "transfer", abstract: "Transfer Tao between accounts.")

    @OptionGroup var common: CommonOptions
    @OptionGroup var output: JSONOutputOption
    @Option(name: .customLong("dest"), help: "The destination's SS58 address.")
    var dest: String?
    @Option(name: .customLong("amount"), help: "The TAO to send (e.g. 12.5).")
    var amount: String?

    func run() async throws {
        try await Output.reportingErrors {
            try await ChainSession.with(common) { session in
                let wallet = session.context.wallet()
                guard let destText = dest ?? session.context.ask("Enter destination public key: (ss58 or ed2519)") else {
                    throw BtcliError("--dest is required (the destination's SS58 address)")
                }
                let destination = try ChainSession.address(destText, option: "--dest")
                guard let amountText = amount ?? session.context.ask("Enter TAO amount to transfer") else {
                    throw BtcliError("--amount is required")
                }
                let value = try ChainSession.amount(amountText, option: "--amount")
                guard value.rao > 0 else { throw BtcliError("--amount must be more than zero") }
                let from = try session.coldkeyAddress(wallet)
                let before = Balance(rao: try await session.client.read(System.account, from).data.free)
                let call = RuntimeCall.balances(.transfer(dest: .id(destination), value: value.rao))
                let signer = try session.coldkey(wallet)
                let fee = Balance(rao: try await session.client.estimateFee(call, signer: signer))
                guard before.rao >= value.rao &+ fee.rao else {
                    throw BtcliError("Not enough balance: \(before) is less than \(value) plus the fee \(fee). Nothing was submitted.")
                }
                try session.confirm("Do you want to transfer:\n  amount: \(value)\n  from: \(wallet.name):\(from)\n  to: \(destination)\n  for fee: \(fee)")
                let receipt = try await session.submit(call, signer: signer, quiet: output.json)
                let after = Balance(rao: try await session.client.read(System.account, from, at: receipt.blockHash).data.free)
                if output.json {
                    Output.json(.object(ChainSession.json(receipt) + [
                        ("from", .string(from.ss58())), ("to", .string(destination.ss58())), ("amount", .integer(Int64(value.rao))),
                        ("balance_before", .integer(Int64(before.rao))), ("balance_after", .integer(Int64(after.rao))),
                    ]))
                } else {
                    print("Balance:\n  \(before) ➡ \(after)")
                }
            }
        }
    }
}
