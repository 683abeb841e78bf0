import ArgumentParser
import ChainClient
import JSONRPC
import Runtime

/// `btcli recycle_register` / `btcli subnets register`: registers the wallet's hotkey by burning
/// the subnet's current registration cost from the coldkey.
struct RecycleRegisterCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "register", abstract: "Register a wallet to a network (by recycling TAO).")

    @OptionGroup var common: CommonOptions
    @OptionGroup var subnet: NetuidOption
    @OptionGroup var output: JSONOutputOption

    func run() async throws {
        try await Output.reportingErrors {
            try await ChainSession.with(common) { session in
                guard let target = try await Registration.target(subnet.netuid, session: session, json: output.json) else { return }
                let (netuid, wallet, hotkey, coldkey) = (target.netuid, target.wallet, target.hotkey, target.coldkey)
                let burn = Balance(rao: try await session.client.read(SubtensorStorage.burn, netuid))
                let before = Balance(rao: try await session.client.read(System.account, coldkey).data.free)
                guard before >= burn else {
                    throw BtcliError("Insufficient balance \(before) to register neuron. Current recycle is \(burn). Nothing was submitted.")
                }
                let signer = try session.coldkey(wallet)
                try session.confirm("Your balance is: \(before)\nThe cost to register by recycle is \(burn)\nRecycle \(burn) to register on subnet:\(netuid)?")
                if !output.json { Output.note("📡 Recycling TAO for Registration...") }
                let receipt = try await session.submit(.subtensor(.burnedRegister(netuid: netuid, hotkey: hotkey)), signer: signer, quiet: output.json)
                let after = Balance(rao: try await session.client.read(System.account, coldkey, at: receipt.blockHash).data.free)
                try await Registration.report(receipt, netuid: netuid, hotkey: hotkey, session: session, json: output.json, extra: [
                    ("burn", .integer(Int64(burn.rao))), ("balance_before", .integer(Int64(before.rao))), ("balance_after", .integer(Int64(after.rao))),
                ])
                if !output.json { print("Balance:\n  \(before) ➡ \(after)") }
            }
        }
    }
}
