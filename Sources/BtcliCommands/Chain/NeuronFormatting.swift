import ChainClient
import Foundation
import JSONRPC
import Runtime

/// How neurons appear in `overview` and `metagraph`: u16 scores as fractions, stake in τ,
/// emission in ρ, axons as `ip:port`, and the same fields as JSON.
enum NeuronFormatting {
    /// A u16 score (`rank`, `trust`, …) as a fraction of 1 with 5 decimals.
    static func score(_ value: UInt16) -> String { String(format: "%.5f", Double(value) / 65535) }

    /// The neuron's total stake (every coldkey's stake on its hotkey).
    static func stake(_ neuron: NeuronInfo) -> UInt64 { neuron.stake.reduce(0) { $0 &+ $1.amount } }

    /// `1_234_567`, Python's `{:_}`.
    static func underscored(_ value: UInt64) -> String {
        let text = String(value)
        var out = ""
        for (i, c) in text.enumerated() {
            if i > 0, (text.count - i) % 3 == 0 { out.append("_") }
            out.append(c)
        }
        return out
    }

    /// `ip:port`, or `none` when the neuron serves no axon.
    static func axon(_ info: AxonInfo) -> String {
        guard info.port != 0, info.ip != 0 else { return "none" }
        if info.ipType == 4 {
            let v = UInt32(truncatingIfNeeded: info.ip)
            return "\(v >> 24).\((v >> 16) & 0xff).\((v >> 8) & 0xff).\(v & 0xff):\(info.port)"
        }
        let groups = (0..<8).reversed().map { String(UInt16(truncatingIfNeeded: info.ip >> (16 * UInt128($0))), radix: 16) }
        return "[\(groups.joined(separator: ":"))]:\(info.port)"
    }

    /// One neuron as JSON, with scores as u16 and amounts in rao.
    static func json(_ n: NeuronInfo, block: UInt64) -> JSONValue {
        .object([
            ("uid", .integer(Int64(n.uid))), ("netuid", .integer(Int64(n.netuid))), ("hotkey", .string(n.hotkey.ss58())),
            ("coldkey", .string(n.coldkey.ss58())), ("active", .bool(n.active)), ("stake", .integer(Int64(stake(n)))),
            ("rank", .integer(Int64(n.rank))), ("trust", .integer(Int64(n.trust))), ("consensus", .integer(Int64(n.consensus))),
            ("incentive", .integer(Int64(n.incentive))), ("dividends", .integer(Int64(n.dividends))),
            ("emission", .integer(Int64(n.emission))), ("validator_trust", .integer(Int64(n.validatorTrust))),
            ("validator_permit", .bool(n.validatorPermit)), ("last_update", .integer(Int64(n.lastUpdate))),
            ("updated", .integer(Int64(block >= n.lastUpdate ? block - n.lastUpdate : 0))), ("axon", .string(axon(n.axon))),
            ("pruning_score", .integer(Int64(n.pruningScore))),
        ])
    }
}
