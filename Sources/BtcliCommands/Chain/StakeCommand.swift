import ArgumentParser
import ChainClient
import Primitives
import Runtime

/// `btcli stake` / `btcli stake add`: moves TAO from the coldkey's free balance to stake on
/// one or more hotkeys.
struct StakeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: "Stake to your hotkey accounts.")

    @OptionGroup var common: CommonOptions
    @OptionGroup var selection: HotkeySelection
    @OptionGroup var output: JSONOutputOption
    @Option(name: .customLong("amount"), help: "TAO to stake on each hotkey.")
    var amount: String?
    @Flag(name: .customLong("all"), help: "Stake the whole free balance (less the fees and the existential deposit).")
    var all = false
    @Option(name: .customLong("max_stake"), help: "Top each hotkey up to this much stake.")
    var maxStake: String?

    func run() async throws {
        try await Output.reportingErrors {
            try await ChainSession.with(common) { session in
                let wallet = session.context.wallet(askHotkey: !selection.isExplicit)
                let targets = try selection.resolve(wallet, session: session)
                guard !targets.isEmpty else { throw BtcliError("no hotkeys chosen") }
                let coldkey = try session.coldkeyAddress(wallet)
                let signer = try session.coldkey(wallet)
                for target in targets {
                    if try await session.client.read(SubtensorStorage.owner, target.address) == .zero {
                        throw BtcliError("Hotkey \(target.name) (\(target.address)) is not registered. Aborting.")
                    }
                }
                let free = try await session.client.read(System.account, coldkey).data.free
                let fee = try await session.client.estimateFee(.subtensor(.addStake(hotkey: targets[0].address, amountStaked: 1)), signer: signer)
                let fees = fee &* UInt64(targets.count)
                var plan: [(name: String, address: AccountID, rao: UInt64)] = []
                if all {
                    let spendable = free > fees &+ 500 ? free - fees - 500 : 0
                    let each = spendable / UInt64(targets.count)
                    plan = targets.map { ($0.name, $0.address, each) }
                } else if let maxStake {
                    let cap = try ChainSession.amount(maxStake, option: "--max_stake").rao
                    for target in targets {
                        let current = try await session.client.read(SubtensorStorage.stake, target.address, coldkey)
                        plan.append((target.name, target.address, cap > current ? cap - current : 0))
                    }
                } else {
                    guard let text = amount ?? session.context.ask("Enter Tao amount to stake") else {
                        throw BtcliError("give --amount, --all or --max_stake")
                    }
                    let value = try ChainSession.amount(text, option: "--amount").rao
                    plan = targets.map { ($0.name, $0.address, value) }
                }
                plan = plan.filter { $0.rao > 0 }
                guard !plan.isEmpty else { throw BtcliError("nothing to stake: the amounts are zero. Nothing was submitted.") }
                let total = plan.reduce(UInt64(0)) { $0 &+ $1.rao }
                guard free >= total &+ fees else {
                    throw BtcliError("Not enough balance: \(Balance(rao: free)) is less than \(Balance(rao: total)) plus fees \(Balance(rao: fees)). Nothing was submitted.")
                }
                let stakePlan = StakePlan(entries: plan, adding: true)
                try session.confirm("Do you want to stake to the following keys from \(wallet.name):\n\(stakePlan.lines)")
                try await stakePlan.submit(session: session, signer: signer, coldkey: coldkey, balanceBefore: free, json: output.json)
            }
        }
    }
}
