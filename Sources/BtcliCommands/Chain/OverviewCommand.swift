import ArgumentParser
import ChainClient
import JSONRPC
import Primitives
import Runtime
import Wallet

/// `btcli overview` / `btcli wallet overview`: every registered hotkey of the wallet (or of all
/// wallets), per subnet, with bittensor's columns and totals.
struct OverviewCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "overview", abstract: "Show registered account overview.")

    @OptionGroup var common: CommonOptions
    @OptionGroup var selection: HotkeySelection
    @OptionGroup var output: JSONOutputOption
    @Flag(name: .customLong("all"), help: "Every wallet under --wallet.path.")
    var all = false
    @Option(name: [.customLong("netuid"), .customLong("netuids")], parsing: .upToNextOption, help: "Only these subnets.")
    var netuids: [UInt16] = []
    @Option(name: [.customLong("sort_by"), .customLong("wallet.sort_by")], help: "Sort by this column (e.g. STAKE, UID, INCENTIVE).")
    var sortBy: String?
    @Option(name: [.customLong("sort_order"), .customLong("wallet.sort_order")], help: "ascending or descending.")
    var sortOrder = "ascending"

    func run() async throws {
        try await Output.reportingErrors {
            try await ChainSession.with(common) { session in
                let wallets = all ? session.context.allWallets() : [session.context.wallet()]
                var mine: [AccountID: (wallet: String, hotkey: String)] = [:]
                var coldkeys: [AccountID] = []
                for wallet in wallets {
                    guard let coldkey = all ? try? session.coldkeyAddress(wallet) : try session.coldkeyAddress(wallet) else { continue }
                    coldkeys.append(coldkey)
                    let chosen: [(name: String, address: AccountID)]
                    if selection.isExplicit {
                        chosen = try selection.resolve(wallet, session: session)
                    } else {
                        chosen = wallet.hotkeyNames().compactMap { name in (try? session.hotkeyAddress(wallet, named: name)).map { (name, $0) } }
                    }
                    for entry in chosen { mine[entry.address] = (wallet.name, entry.name) }
                }
                let block = try await session.client.bestBlock()
                var free: UInt64 = 0
                for coldkey in coldkeys { free &+= try await session.client.read(System.account, coldkey, at: block.hash).data.free }
                let subnets = try await session.client.subnets(at: block.hash).filter { netuids.isEmpty || netuids.contains($0.netuid) }
                var sections: [(SubnetInfo, [NeuronInfo])] = []
                for subnet in subnets {
                    let neurons = try await session.client.neurons(netuid: subnet.netuid, at: block.hash).filter { mine[$0.hotkey] != nil }
                    if !neurons.isEmpty { sections.append((subnet, sort(neurons))) }
                }
                if output.json {
                    Output.json(.object([
                        ("network", .string(session.networkName)), ("block", .integer(Int64(block.number))), ("balance", .integer(Int64(free))),
                        ("neurons", .array(sections.flatMap { _, neurons in neurons.map { n in
                            var fields = NeuronFormatting.json(n, block: block.number)
                            if case .object(var pairs) = fields {
                                pairs.insert(("wallet", .string(mine[n.hotkey]!.wallet)), at: 0)
                                pairs.insert(("hotkey_name", .string(mine[n.hotkey]!.hotkey)), at: 1)
                                fields = .object(pairs)
                            }
                            return fields
                        } })),
                    ]))
                    return
                }
                let heading = all ? "All Wallets:" : "Wallet - \(wallets[0].name):\(coldkeys.first?.ss58() ?? "?")"
                print(heading)
                if sections.isEmpty { print("No registered hotkeys on \(session.networkName).") }
                var totalStake: UInt64 = 0
                for (subnet, neurons) in sections {
                    var table = Table(title: "Subnet: \(subnet.netuid)", columns: [
                        .init("COLDKEY"), .init("HOTKEY"), .init("UID", right: true), .init("ACTIVE"), .init("STAKE(τ)", right: true),
                        .init("RANK", right: true), .init("TRUST", right: true), .init("CONSENSUS", right: true), .init("INCENTIVE", right: true),
                        .init("DIVIDENDS", right: true), .init("EMISSION(ρ)", right: true), .init("VTRUST", right: true), .init("VPERMIT"),
                        .init("UPDATED", right: true), .init("AXON"), .init("HOTKEY_SS58"),
                    ])
                    var sums = [Int](repeating: 0, count: 6)
                    var stakeSum: UInt64 = 0, emissionSum: UInt64 = 0
                    for n in neurons {
                        let stake = NeuronFormatting.stake(n)
                        let emission = n.emission / (UInt64(subnet.tempo) + 1)
                        stakeSum &+= stake
                        emissionSum &+= emission
                        for (i, v) in [n.rank, n.trust, n.consensus, n.incentive, n.dividends, n.validatorTrust].enumerated() { sums[i] += Int(v) }
                        table.add([
                            mine[n.hotkey]!.wallet, mine[n.hotkey]!.hotkey, String(n.uid), n.active ? "True" : "False",
                            Balance(rao: stake).formatted(decimals: 5, symbol: false), NeuronFormatting.score(n.rank), NeuronFormatting.score(n.trust),
                            NeuronFormatting.score(n.consensus), NeuronFormatting.score(n.incentive), NeuronFormatting.score(n.dividends),
                            NeuronFormatting.underscored(emission), NeuronFormatting.score(n.validatorTrust), n.validatorPermit ? "*" : "",
                            String(block.number >= n.lastUpdate ? block.number - n.lastUpdate : 0), NeuronFormatting.axon(n.axon), n.hotkey.ss58(),
                        ])
                    }
                    totalStake &+= stakeSum
                    let score = { (i: Int) in String(format: "%.5f", Double(sums[i]) / 65535) }
                    table.footer = ["", "", String(neurons.count), "", "τ" + Balance(rao: stakeSum).formatted(decimals: 5, symbol: false),
                                    score(0), score(1), score(2), score(3), score(4), "ρ" + NeuronFormatting.underscored(emissionSum), score(5)]
                    print(table.render())
                }
                print("Wallet balance: \(Balance(rao: free))   Total stake: \(Balance(rao: totalStake))")
            }
        }
    }

    /// Sorts by `--sort_by` (a column title, matched loosely), in `--sort_order`.
    func sort(_ neurons: [NeuronInfo]) -> [NeuronInfo] {
        guard let sortBy else { return neurons }
        let key = sortBy.uppercased()
        let value: (NeuronInfo) -> UInt64
        switch key {
        case let k where k.hasPrefix("STAKE"): value = NeuronFormatting.stake
        case "RANK": value = { UInt64($0.rank) }
        case "TRUST": value = { UInt64($0.trust) }
        case "CONSENSUS": value = { UInt64($0.consensus) }
        case "INCENTIVE": value = { UInt64($0.incentive) }
        case "DIVIDENDS": value = { UInt64($0.dividends) }
        case let k where k.hasPrefix("EMISSION"): value = { $0.emission }
        case "VTRUST": value = { UInt64($0.validatorTrust) }
        case "UPDATED": value = { $0.lastUpdate }
        default: value = { UInt64($0.uid) }
        }
        let descending = ["desc", "descending", "reverse"].contains(sortOrder.lowercased())
        return neurons.sorted { descending ? value($0) > value($1) : value($0) < value($1) }
    }
}
