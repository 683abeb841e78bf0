import ChainTypes
import Primitives
import Runtime

/// `pallet_balances` (index 5), polkadot-v0.9.39: `transfer` and friends with compact amounts,
/// the issuance, the existential deposit.
enum BalancesPallet: PalletDescription {
    static let name = "Balances"
    static let index = Balances.index
    static let parameters = [TypeParameter("T", nil), TypeParameter("I", nil)]

    static func storage(in r: inout TypeRegistry) -> [StorageEntryMetadata]? {
        [.value(Balances.totalIssuance, docs: ["The total units issued in the system."], in: &r)]
    }

    static func callType(in r: inout TypeRegistry) -> TypeID? {
        r.variant(enumPath("pallet_balances", "Call"), parameters: parameters) { r in
            let dest = r.field("dest", MultiAddress.self)
            let value = r.compactField("value", UInt64.self, typeName: "T::Balance")
            return [
                TypeVariant("transfer", index: 0, fields: [dest, value], docs: ["Transfer some liquid free balance to another account."]),
                TypeVariant(
                    "set_balance", index: 1,
                    fields: [
                        r.field("who", MultiAddress.self), r.compactField("new_free", UInt64.self, typeName: "T::Balance"),
                        r.compactField("new_reserved", UInt64.self, typeName: "T::Balance"),
                    ],
                    docs: ["Set the balances of a given account."]),
                TypeVariant(
                    "force_transfer", index: 2, fields: [r.field("source", MultiAddress.self), dest, value],
                    docs: ["Exactly as `transfer`, except the origin must be root and the source account may be specified."]),
                TypeVariant(
                    "transfer_keep_alive", index: 3, fields: [dest, value],
                    docs: ["Same as the `transfer` call, but with a check that the transfer will not kill the origin account."]),
                TypeVariant(
                    "transfer_all", index: 4, fields: [dest, r.field("keep_alive", Bool.self)],
                    docs: ["Transfer the entire transferable balance from the caller account."]),
                TypeVariant(
                    "force_unreserve", index: 5, fields: [r.field("who", MultiAddress.self), r.field("amount", UInt64.self, typeName: "T::Balance")],
                    docs: ["Unreserve some balance from a user by force."]),
            ]
        }
    }

    static func eventType(in r: inout TypeRegistry) -> TypeID? {
        r.variant(enumPath("pallet_balances", "Event"), parameters: parameters) { r in
            func balance(_ name: String) -> TypeField { r.field(name, UInt64.self, typeName: "T::Balance") }
            func account(_ name: String) -> TypeField { r.field(name, AccountID.self) }
            let status = r.plainEnum(["frame_support", "traits", "tokens", "misc", "BalanceStatus"], ["Free", "Reserved"])
            return [
                TypeVariant("Endowed", index: 0, fields: [account("account"), balance("free_balance")], docs: ["An account was created with some free balance."]),
                TypeVariant("DustLost", index: 1, fields: [account("account"), balance("amount")], docs: ["An account was removed whose balance was non-zero but below ExistentialDeposit, resulting in an outright loss."]),
                TypeVariant("Transfer", index: 2, fields: [account("from"), account("to"), balance("amount")], docs: ["Transfer succeeded."]),
                TypeVariant("BalanceSet", index: 3, fields: [account("who"), balance("free"), balance("reserved")], docs: ["A balance was set by root."]),
                TypeVariant("Reserved", index: 4, fields: [account("who"), balance("amount")], docs: ["Some balance was reserved (moved from free to reserved)."]),
                TypeVariant("Unreserved", index: 5, fields: [account("who"), balance("amount")], docs: ["Some balance was unreserved (moved from reserved to free)."]),
                TypeVariant(
                    "ReserveRepatriated", index: 6,
                    fields: [account("from"), account("to"), balance("amount"), TypeField("destination_status", status, typeName: "Status")],
                    docs: ["Some balance was moved from the reserve of the first account to the second account."]),
                TypeVariant("Deposit", index: 7, fields: [account("who"), balance("amount")], docs: ["Some amount was deposited (e.g. for transaction fees)."]),
                TypeVariant("Withdraw", index: 8, fields: [account("who"), balance("amount")], docs: ["Some amount was withdrawn from the account (e.g. for transaction fees)."]),
                TypeVariant("Slashed", index: 9, fields: [account("who"), balance("amount")], docs: ["Some amount was removed from the account (e.g. for misbehavior)."]),
            ]
        }
    }

    static func errorType(in r: inout TypeRegistry) -> TypeID? {
        let docs: [BalancesError: String] = [
            .vestingBalance: "Vesting balance too high to send value", .liquidityRestrictions: "Account liquidity restrictions prevent withdrawal",
            .insufficientBalance: "Balance too low to send value.", .existentialDeposit: "Value too low to create account due to existential deposit",
            .keepAlive: "Transfer/payment would kill account", .existingVestingSchedule: "A vesting schedule already exists for this account",
            .deadAccount: "Beneficiary account must pre-exist", .tooManyReserves: "Number of named reserves exceed MaxReserves",
        ]
        return r.variant(enumPath("pallet_balances", "Error"), parameters: parameters) { _ in
            errorVariants(BalancesError.allCases.map { (upperCamel($0), docs[$0] ?? "") })
        }
    }

    static func constants(in r: inout TypeRegistry) -> [ConstantMetadata] {
        [constant("ExistentialDeposit", Balances.existentialDeposit, docs: ["The minimum amount required to keep an account open."], in: &r)]
    }
}
