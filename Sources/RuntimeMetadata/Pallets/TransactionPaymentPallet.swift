import Primitives
import Runtime

/// `pallet_transaction_payment` (index 6): the fee multiplier and the fee event.
enum TransactionPaymentPallet: PalletDescription {
    static let name = "TransactionPayment"
    static let index = TransactionPayment.index

    static func storage(in r: inout TypeRegistry) -> [StorageEntryMetadata]? {
        let item = TransactionPayment.nextFeeMultiplier
        let fixed = r.composite(["sp_arithmetic", "fixed_point", "FixedU128"]) { r in [r.field(nil, UInt128.self)] }
        return [
            StorageEntryMetadata(
                name: item.item, modifier: .default, kind: .plain(value: fixed), defaultBytes: item.defaultValue.scaleEncoded())
        ]
    }

    static func eventType(in r: inout TypeRegistry) -> TypeID? {
        r.variant(enumPath("pallet_transaction_payment", "Event"), parameters: [TypeParameter("T", nil)]) { r in
            [
                TypeVariant(
                    "TransactionFeePaid", index: 0,
                    fields: [
                        r.field("who", AccountID.self), r.field("actual_fee", UInt64.self, typeName: "BalanceOf<T>"),
                        r.field("tip", UInt64.self, typeName: "BalanceOf<T>"),
                    ],
                    docs: ["A transaction fee `actual_fee`, of which `tip` was added to the minimum inclusion fee, has been paid by `who`."])
            ]
        }
    }

    static func constants(in r: inout TypeRegistry) -> [ConstantMetadata] {
        [constant("OperationalFeeMultiplier", UInt8(1), docs: ["A fee multiplier for `Operational` extrinsics to compute \"virtual tip\" to boost their `priority`."], in: &r)]
    }
}
