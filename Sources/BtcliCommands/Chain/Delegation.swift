import ChainClient
import Foundation
import JSONRPC
import Runtime

/// Shared rendering of delegates: bittensor's `list_delegates` columns and JSON.
enum Delegation {
    /// A take (`u16` of 65535) as a percentage.
    static func percent(_ take: UInt16) -> String { String(format: "%.2f%%", Double(take) / 65535 * 100) }

    /// The total stake on a delegate (its nominators' stakes).
    static func totalStake(_ info: DelegateInfo) -> UInt64 { info.nominators.reduce(0) { $0 &+ $1.1 } }

    /// The delegate owner's own stake.
    static func ownerStake(_ info: DelegateInfo) -> UInt64 { info.nominators.first { $0.0 == info.owner }?.1 ?? 0 }

    /// Delegates sorted by total stake, largest first.
    static func sorted(_ delegates: [DelegateInfo]) -> [DelegateInfo] {
        delegates.sorted { totalStake($0) > totalStake($1) }
    }

    static func table(_ delegates: [DelegateInfo], network: String) -> Table {
        var table = Table(title: "Delegates on \(network)", columns: [
            .init("INDEX", right: true), .init("DELEGATE"), .init("SS58"), .init("NOMINATORS", right: true),
            .init("DELEGATE STAKE(τ)", right: true), .init("TOTAL STAKE(τ)", right: true), .init("SUBNETS"), .init("VPERMIT"),
            .init("TAKE", right: true), .init("NOMINATOR/(24h)/kτ", right: true), .init("DELEGATE/(24h)", right: true),
        ])
        for (index, info) in delegates.enumerated() {
            let total = totalStake(info)
            let daily = Double(info.totalDailyReturn) / 1e9
            let perK = daily * (1000 / (0.001 + Double(total) / 1e9))
            table.add([
                String(index), info.delegate.ss58().prefix(8) + "...", info.delegate.ss58(),
                String(info.nominators.filter { $0.1 > 0 }.count),
                Balance(rao: ownerStake(info)).formatted(decimals: 5, symbol: false), Balance(rao: total).formatted(decimals: 5, symbol: false),
                "[" + info.registrations.map(String.init).joined(separator: ", ") + "]",
                "[" + info.registrations.map { info.validatorPermits.contains($0) ? "'*'" : "''" }.joined(separator: ", ") + "]",
                percent(info.take), String(format: "τ%.5f", perK), String(format: "τ%.5f", daily * 0.18),
            ])
        }
        table.footer = [String(delegates.count), "", String(delegates.count)]
        return table
    }

    static func json(_ info: DelegateInfo) -> JSONValue {
        .object([
            ("hotkey", .string(info.delegate.ss58())), ("owner", .string(info.owner.ss58())), ("take", .integer(Int64(info.take))),
            ("total_stake", .integer(Int64(totalStake(info)))), ("owner_stake", .integer(Int64(ownerStake(info)))),
            ("nominators", .array(info.nominators.map { .object([("coldkey", .string($0.0.ss58())), ("stake", .integer(Int64($0.1)))]) })),
            ("registrations", .array(info.registrations.map { .integer(Int64($0)) })),
            ("validator_permits", .array(info.validatorPermits.map { .integer(Int64($0)) })),
            ("return_per_1000", .integer(Int64(info.returnPer1000))), ("total_daily_return", .integer(Int64(info.totalDailyReturn))),
        ])
    }
}
