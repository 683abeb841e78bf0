import ArgumentParser
import ChainClient
import JSONRPC
import Metagraph
import Runtime

/// `btcli metagraph` / `btcli subnets metagraph`: one subnet's neurons as a table.
struct MetagraphCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "metagraph", abstract: "Metagraph commands")

    @OptionGroup var common: CommonOptions
    @OptionGroup var subnet: NetuidOption
    @OptionGroup var output: JSONOutputOption
    @Flag(name: .customLong("full"), help: "Also read weights and bonds (bittensor's lite=False); with --json they are printed.")
    var full = false

    func run() async throws {
        try await Output.reportingErrors {
            try await ChainSession.with(common) { session in
                let netuid = try await Registration.netuid(subnet.netuid, session: session)
                if !output.json { Output.note("📡 Syncing with chain: \(session.networkName) ...") }
                let metagraph = try await Metagraph.sync(netuid: netuid, client: session.client, lite: !full)
                let block = (number: metagraph.block, hash: metagraph.blockHash)
                let neurons = metagraph.neurons
                let issuance = try await session.client.read(SubtensorStorage.totalIssuance, at: block.hash)
                let difficulty = try await session.client.read(SubtensorStorage.difficulty, netuid, at: block.hash)
                let totalStake = neurons.reduce(UInt64(0)) { $0 &+ NeuronFormatting.stake($1) }
                if output.json {
                    Output.json(.object([
                        ("network", .string(session.networkName)), ("netuid", .integer(Int64(netuid))), ("block", .integer(Int64(block.number))),
                        ("total_issuance", .integer(Int64(issuance))), ("difficulty", .integer(Int64(difficulty))),
                        ("neurons", .array(neurons.map { NeuronFormatting.json($0, block: block.number) })),
                    ] + (full ? [
                        ("weights", .array(metagraph.weights.map { .array($0.map { .number(String($0)) }) })),
                        ("bonds", .array(metagraph.bonds.map { .array($0.map { .integer(Int64($0)) }) })),
                    ] : [])))
                    return
                }
                let active = neurons.filter(\.active).count
                var table = Table(
                    title: "Metagraph: net: \(session.networkName):\(netuid), block: \(block.number), N: \(active)/\(neurons.count), stake: \(Balance(rao: totalStake)), issuance: \(Balance(rao: issuance)), difficulty: \(difficulty)",
                    columns: [
                        .init("UID", right: true), .init("STAKE(τ)", right: true), .init("RANK", right: true), .init("TRUST", right: true),
                        .init("CONSENSUS", right: true), .init("INCENTIVE", right: true), .init("DIVIDENDS", right: true),
                        .init("EMISSION(ρ)", right: true), .init("VTRUST", right: true), .init("VAL"), .init("UPDATED", right: true),
                        .init("ACTIVE", right: true), .init("AXON"), .init("HOTKEY"), .init("COLDKEY"),
                    ])
                var emissionSum: UInt64 = 0
                for n in neurons {
                    emissionSum &+= n.emission
                    table.add([
                        String(n.uid), Balance(rao: NeuronFormatting.stake(n)).formatted(decimals: 5, symbol: false), NeuronFormatting.score(n.rank),
                        NeuronFormatting.score(n.trust), NeuronFormatting.score(n.consensus), NeuronFormatting.score(n.incentive),
                        NeuronFormatting.score(n.dividends), String(n.emission), NeuronFormatting.score(n.validatorTrust), n.validatorPermit ? "*" : "",
                        String(block.number >= n.lastUpdate ? block.number - n.lastUpdate : 0), n.active ? "1" : "0", NeuronFormatting.axon(n.axon),
                        String(n.hotkey.ss58().prefix(10)), String(n.coldkey.ss58().prefix(10)),
                    ])
                }
                table.footer = [String(neurons.count), "τ" + Balance(rao: totalStake).formatted(decimals: 5, symbol: false), "", "", "", "", "", "ρ\(emissionSum)"]
                print(table.render())
            }
        }
    }
}
