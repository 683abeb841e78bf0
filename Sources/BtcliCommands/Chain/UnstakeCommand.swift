import ArgumentParser
import ChainClient
import Primitives
import Runtime

/// `btcli unstake` / `btcli stake remove`: moves stake from hotkeys back to the coldkey.
struct UnstakeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "remove", abstract: "Unstake from hotkey accounts.")

    @OptionGroup var common: CommonOptions
    @OptionGroup var selection: HotkeySelection
    @OptionGroup var output: JSONOutputOption
    @Option(name: .customLong("amount"), help: "TAO to unstake from each hotkey.")
    var amount: String?
    @Flag(name: .customLong("all"), help: "Unstake everything the coldkey has on the hotkeys.")
    var all = false
    @Option(name: .customLong("max_stake"), help: "Unstake down to this much stake on each hotkey.")
    var maxStake: String?
    @Option(name: .customLong("hotkey_ss58address"), help: "Unstake from this hotkey address.")
    var hotkeyAddress: String?

    func run() async throws {
        try await Output.reportingErrors {
            try await ChainSession.with(common) { session in
                let wallet = session.context.wallet(askHotkey: !selection.isExplicit && hotkeyAddress == nil)
                let targets: [(name: String, address: AccountID)]
                if let hotkeyAddress {
                    let address = try ChainSession.address(hotkeyAddress, option: "--hotkey_ss58address")
                    targets = [(address.ss58(), address)]
                } else {
                    targets = try selection.resolve(wallet, session: session)
                }
                let coldkey = try session.coldkeyAddress(wallet)
                let signer = try session.coldkey(wallet)
                var plan: [(name: String, address: AccountID, rao: UInt64)] = []
                let fixed: UInt64? = try all || maxStake != nil ? nil : {
                    guard let text = amount ?? session.context.ask("Enter Tao amount to unstake") else {
                        throw BtcliError("give --amount, --all or --max_stake")
                    }
                    return try ChainSession.amount(text, option: "--amount").rao
                }()
                let floor = try maxStake.map { try ChainSession.amount($0, option: "--max_stake").rao }
                for target in targets {
                    let current = try await session.client.read(SubtensorStorage.stake, target.address, coldkey)
                    let want: UInt64
                    if all { want = current } else if let floor { want = current > floor ? current - floor : 0 } else { want = fixed ?? 0 }
                    guard want <= current else {
                        throw BtcliError("Not enough stake on \(target.name) (\(target.address)): \(Balance(rao: current)) is less than \(Balance(rao: want)). Nothing was submitted.")
                    }
                    if want > 0 { plan.append((target.name, target.address, want)) }
                }
                guard !plan.isEmpty else { throw BtcliError("nothing to unstake: no stake from this coldkey on the chosen hotkeys. Nothing was submitted.") }
                let before = try await session.client.read(System.account, coldkey).data.free
                let stakePlan = StakePlan(entries: plan, adding: false)
                try session.confirm("Do you want to unstake from the following keys to \(wallet.name):\n\(stakePlan.lines)")
                try await stakePlan.submit(session: session, signer: signer, coldkey: coldkey, balanceBefore: before, json: output.json)
            }
        }
    }
}
