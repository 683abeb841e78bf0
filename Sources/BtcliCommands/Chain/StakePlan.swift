import ChainClient
import JSONRPC
import Primitives
import Runtime

/// The stake changes `stake` and `unstake` submit, one per hotkey, and how their outcome is
/// shown: each hotkey's stake after, then the coldkey's balance before and after.
struct StakePlan {
    typealias Entry = (name: String, address: AccountID, rao: UInt64)

    let entries: [Entry]
    let adding: Bool

    /// The confirmation's list of `- name:address: amount` lines.
    var lines: String { entries.map { "    - \($0.name):\($0.address): \(Balance(rao: $0.rao))" }.joined(separator: "\n") }

    /// Submits every change signed by the coldkey and prints (or returns as JSON) the results.
    func submit(session: ChainSession, signer: ExtrinsicSigner, coldkey: AccountID, balanceBefore: UInt64, json: Bool) async throws {
        var results: [JSONValue] = []
        for entry in entries {
            let call: SubtensorCall = adding
                ? .addStake(hotkey: entry.address, amountStaked: entry.rao)
                : .removeStake(hotkey: entry.address, amountUnstaked: entry.rao)
            let receipt = try await session.submit(.subtensor(call), signer: signer, quiet: json)
            let stake = try await session.client.read(SubtensorStorage.stake, entry.address, coldkey, at: receipt.blockHash)
            if !json { print("Stake on \(entry.name) (\(entry.address)): \(Balance(rao: stake))") }
            results.append(.object(ChainSession.json(receipt) + [
                ("hotkey", .string(entry.address.ss58())), ("amount", .integer(Int64(entry.rao))), ("stake_after", .integer(Int64(stake))),
            ]))
        }
        let after = try await session.client.read(System.account, coldkey).data.free
        if json {
            Output.json(.object([("coldkey", .string(coldkey.ss58())), (adding ? "stakes" : "unstakes", .array(results)),
                                 ("balance_before", .integer(Int64(balanceBefore))), ("balance_after", .integer(Int64(after)))]))
        } else {
            print("Balance:\n  \(Balance(rao: balanceBefore)) ➡ \(Balance(rao: after))")
        }
    }
}
