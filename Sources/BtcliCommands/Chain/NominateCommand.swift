import ArgumentParser
import ChainClient
import JSONRPC
import Runtime

/// `btcli nominate` / `btcli root nominate`: makes the wallet's hotkey a delegate that others can
/// stake to, with the chain's default take.
struct NominateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "nominate", abstract: "Become a delegate on the network")

    @OptionGroup var common: CommonOptions
    @OptionGroup var output: JSONOutputOption

    func run() async throws {
        try await Output.reportingErrors {
            try await ChainSession.with(common) { session in
                let wallet = session.context.wallet(askHotkey: true)
                let hotkey = try session.hotkeyAddress(wallet)
                if try await session.client.delegate(hotkey) != nil {
                    throw BtcliError("Aborting: Hotkey \(hotkey) is already a delegate.")
                }
                if try await session.client.read(SubtensorStorage.owner, hotkey) == .zero {
                    throw BtcliError("Hotkey \(hotkey) is not registered on any subnet; register it first. Nothing was submitted.")
                }
                let take = try await session.client.read(SubtensorStorage.defaultTake)
                let signer = try session.coldkey(wallet)
                try session.confirm("Do you want \(wallet.name):\(wallet.hotkey) (\(hotkey)) to become a delegate with take \(Delegation.percent(take))?")
                let receipt = try await session.submit(.subtensor(.becomeDelegate(hotkey: hotkey)), signer: signer, quiet: output.json)
                if output.json {
                    Output.json(.object(ChainSession.json(receipt) + [("delegate", .string(hotkey.ss58())), ("take", .integer(Int64(take)))]))
                } else {
                    print("Successfully became a delegate on \(session.networkName)")
                }
            }
        }
    }
}
