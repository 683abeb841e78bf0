import ChainClient
import JSONRPC
import Primitives
import Runtime
import Wallet

/// What `register` and `recycle_register` share: choosing the subnet, reporting the outcome.
enum Registration {
    /// The netuid given, or asked for (`Enter netuid`); checks that the subnet exists.
    static func netuid(_ given: UInt16?, session: ChainSession) async throws -> UInt16 {
        var netuid = given
        if netuid == nil {
            let subnets = try await session.client.subnets().map(\.netuid)
            if let answer = session.context.ask("Enter netuid (\(subnets.map(String.init).joined(separator: ", ")))") {
                guard let value = UInt16(answer) else { throw BtcliError("'\(answer)' is not a netuid") }
                netuid = value
            }
        }
        guard let netuid else { throw BtcliError("--netuid is required") }
        guard try await session.client.read(SubtensorStorage.networksAdded, netuid) else {
            throw BtcliError("Subnet \(netuid) does not exist on \(session.networkName).")
        }
        return netuid
    }

    /// The subnet, the wallet and its keys to register; `nil` (after saying so) when the hotkey
    /// already has a uid there.
    static func target(_ netuid: UInt16?, session: ChainSession, json: Bool) async throws
        -> (netuid: UInt16, wallet: Wallet, hotkey: AccountID, coldkey: AccountID)? {
        let netuid = try await Self.netuid(netuid, session: session)
        let wallet = session.context.wallet(askHotkey: true)
        let hotkey = try session.hotkeyAddress(wallet)
        let coldkey = try session.coldkeyAddress(wallet)
        if let uid = try await session.client.readIfPresent(SubtensorStorage.uids, netuid, hotkey) {
            try alreadyRegistered(uid: uid, netuid: netuid, hotkey: hotkey, coldkey: coldkey, json: json)
            return nil
        }
        return (netuid, wallet, hotkey, coldkey)
    }

    static func alreadyRegistered(uid: UInt16, netuid: UInt16, hotkey: AccountID, coldkey: AccountID, json: Bool) throws {
        if json {
            Output.json(.object([("registered", .bool(true)), ("already", .bool(true)), ("netuid", .integer(Int64(netuid))),
                                 ("uid", .integer(Int64(uid))), ("hotkey", .string(hotkey.ss58()))]))
        } else {
            print("✅ Already Registered:\n  uid: \(uid)\n  netuid: \(netuid)\n  hotkey: \(hotkey)\n  coldkey: \(coldkey)")
        }
    }

    /// Prints the uid the hotkey received.
    static func report(_ receipt: ExtrinsicReceipt, netuid: UInt16, hotkey: AccountID, session: ChainSession, json: Bool,
                       extra: [(String, JSONValue)] = []) async throws {
        guard let uid = try await session.client.readIfPresent(SubtensorStorage.uids, netuid, hotkey, at: receipt.blockHash) else {
            throw BtcliError("the registration was included but the hotkey has no uid on subnet \(netuid)")
        }
        if json {
            Output.json(.object(ChainSession.json(receipt) + [
                ("registered", .bool(true)), ("netuid", .integer(Int64(netuid))), ("uid", .integer(Int64(uid))), ("hotkey", .string(hotkey.ss58())),
            ] + extra))
        } else {
            print("✅ Registered on subnet \(netuid) as uid \(uid) (hotkey \(hotkey))")
        }
    }

    /// `4.10 K` as bittensor's `millify` writes it.
    static func millify(_ value: UInt64) -> String {
        let units = ["", " K", " M", " B", " T"]
        var amount = Double(value)
        var index = 0
        while amount >= 1000, index < units.count - 1 {
            amount /= 1000
            index += 1
        }
        return String(format: "%.2f", amount) + units[index]
    }

    /// `123.4 KH/s`.
    static func rate(_ perSecond: Double) -> String {
        let units = ["", "K", "M", "G", "T"]
        var amount = perSecond
        var index = 0
        while amount >= 1000, index < units.count - 1 {
            amount /= 1000
            index += 1
        }
        return String(format: "%.1f", amount) + units[index] + "H/s"
    }
}
