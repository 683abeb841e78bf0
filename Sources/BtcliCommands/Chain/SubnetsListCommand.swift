import ArgumentParser
import ChainClient
import Foundation
import JSONRPC
import Runtime

/// `btcli list_subnets` / `btcli subnets list`: every subnet with its size, difficulty, tempo,
/// emission share and registration cost.
struct SubnetsListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List all subnets on the network")

    @OptionGroup var common: CommonOptions
    @OptionGroup var output: JSONOutputOption

    func run() async throws {
        try await Output.reportingErrors {
            try await ChainSession.with(common) { session in
                let subnets = try await session.client.subnets()
                if output.json {
                    Output.json(.object([("network", .string(session.networkName)), ("subnets", .array(subnets.map { s in
                        .object([("netuid", .integer(Int64(s.netuid))), ("n", .integer(Int64(s.subnetworkN))), ("max_n", .integer(Int64(s.maxAllowedUids))),
                                 ("difficulty", .integer(Int64(s.difficulty))), ("tempo", .integer(Int64(s.tempo))),
                                 ("emission", .integer(Int64(s.emissionValue))), ("burn", .integer(Int64(s.burn))),
                                 ("immunity_period", .integer(Int64(s.immunityPeriod)))])
                    }))]))
                    return
                }
                var table = Table(title: "Subnets - \(session.networkName)", columns: [
                    .init("NETUID", right: true), .init("N", right: true), .init("MAX_N", right: true), .init("EMISSION", right: true),
                    .init("TEMPO", right: true), .init("RECYCLE", right: true), .init("POW", right: true),
                ])
                for s in subnets {
                    table.add([String(s.netuid), String(s.subnetworkN), Registration.millify(UInt64(s.maxAllowedUids)),
                               String(format: "%.2f%%", Double(s.emissionValue) / 1e9 * 100), String(s.tempo),
                               Balance(rao: s.burn).formatted(decimals: 5), Registration.millify(s.difficulty)])
                }
                table.footer = [String(subnets.count), String(subnets.reduce(0) { $0 + Int($1.subnetworkN) })]
                print(table.render())
            }
        }
    }
}
