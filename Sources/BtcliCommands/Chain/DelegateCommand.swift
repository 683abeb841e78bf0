import ArgumentParser
import ChainClient
import JSONRPC
import Primitives
import Runtime

/// `btcli delegate` / `btcli undelegate` (and `root delegate`/`root undelegate`): stakes to, or
/// unstakes from, a delegate's hotkey with the wallet's coldkey.
struct DelegateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "delegate", abstract: "Delegate Stake to an account.")

    @OptionGroup var common: CommonOptions
    @OptionGroup var options: DelegationOptions

    func run() async throws { try await options.run(common: common, undelegate: false) }
}

/// `btcli undelegate`.
struct UndelegateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "undelegate", abstract: "Undelegate Stake from an account.")

    @OptionGroup var common: CommonOptions
    @OptionGroup var options: DelegationOptions

    func run() async throws { try await options.run(common: common, undelegate: true) }
}

/// The options and flow `delegate` and `undelegate` share.
struct DelegationOptions: ParsableArguments {
    @Option(name: [.customLong("delegate_ss58key"), .customLong("delegate_ss58")], help: "The delegate's hotkey address.")
    var delegateAddress: String?
    @Option(name: .customLong("amount"), help: "TAO to delegate or undelegate.")
    var amount: String?
    @Flag(name: .customLong("all"), help: "Delegate the whole free balance / undelegate everything.")
    var all = false
    @OptionGroup var output: JSONOutputOption

    func run(common: CommonOptions, undelegate: Bool) async throws {
        try await Output.reportingErrors {
            try await ChainSession.with(common) { session in
                let delegates = try await session.client.delegates()
                let delegateKey: AccountID
                if let delegateAddress {
                    delegateKey = try ChainSession.address(delegateAddress, option: "--delegate_ss58key")
                } else {
                    guard session.context.interactive, !common.noPrompt else { throw BtcliError("--delegate_ss58key is required") }
                    print(Delegation.table(delegates, network: session.networkName).render())
                    guard let answer = session.context.ask("Enter delegate index"), let index = Int(answer), delegates.indices.contains(index) else {
                        throw BtcliError("not a delegate index")
                    }
                    delegateKey = delegates[index].delegate
                    print("Selected: \(delegateKey)")
                }
                guard let delegate = delegates.first(where: { $0.delegate == delegateKey }) else {
                    throw BtcliError("\(delegateKey) is not a delegate on \(session.networkName). Nothing was submitted.")
                }
                let wallet = session.context.wallet()
                let coldkey = try session.coldkeyAddress(wallet)
                let free = try await session.client.read(System.account, coldkey).data.free
                let staked = try await session.client.read(SubtensorStorage.stake, delegateKey, coldkey)
                let signer = try session.coldkey(wallet)
                let value: UInt64
                if all {
                    if undelegate { value = staked } else {
                        let fee = try await session.client.estimateFee(.subtensor(.addStake(hotkey: delegateKey, amountStaked: 1)), signer: signer)
                        value = free > fee &+ 500 ? free - fee - 500 : 0
                    }
                } else {
                    guard let text = amount ?? session.context.ask(undelegate ? "Enter Tao amount to unstake" : "Enter Tao amount to stake") else {
                        throw BtcliError("give --amount or --all")
                    }
                    value = try ChainSession.amount(text, option: "--amount").rao
                }
                guard value > 0 else { throw BtcliError("nothing to \(undelegate ? "undelegate" : "delegate"): the amount is zero. Nothing was submitted.") }
                if undelegate, value > staked {
                    throw BtcliError("Not enough stake: \(wallet.name) has \(Balance(rao: staked)) delegated to \(delegateKey), less than \(Balance(rao: value)). Nothing was submitted.")
                }
                if !undelegate, value > free {
                    throw BtcliError("Not enough balance: \(Balance(rao: free)) is less than \(Balance(rao: value)). Nothing was submitted.")
                }
                let verb = undelegate ? "un-delegate" : "delegate"
                try session.confirm("Do you want to \(verb):\n  amount: \(Balance(rao: value))\n  \(undelegate ? "from" : "to"): \(delegateKey)\n owner: \(delegate.owner)")
                let call: RuntimeCall = undelegate
                    ? .subtensor(.removeStake(hotkey: delegateKey, amountUnstaked: value))
                    : .subtensor(.addStake(hotkey: delegateKey, amountStaked: value))
                let receipt = try await session.submit(call, signer: signer, quiet: output.json)
                let stakeAfter = try await session.client.read(SubtensorStorage.stake, delegateKey, coldkey, at: receipt.blockHash)
                let freeAfter = try await session.client.read(System.account, coldkey, at: receipt.blockHash).data.free
                if output.json {
                    Output.json(.object(ChainSession.json(receipt) + [
                        ("delegate", .string(delegateKey.ss58())), ("amount", .integer(Int64(value))),
                        ("stake_before", .integer(Int64(staked))), ("stake_after", .integer(Int64(stakeAfter))),
                        ("balance_before", .integer(Int64(free))), ("balance_after", .integer(Int64(freeAfter))),
                    ]))
                } else {
                    print("Balance:\n  \(Balance(rao: free)) ➡ \(Balance(rao: freeAfter))")
                    print("Stake:\n  \(Balance(rao: staked)) ➡ \(Balance(rao: stakeAfter))")
                }
            }
        }
    }
}
