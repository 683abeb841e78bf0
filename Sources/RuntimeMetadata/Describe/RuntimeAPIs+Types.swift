import Runtime
import RuntimeSupport

/// The argument and result types of the standard runtime APIs.
extension RuntimeAPIs {
    /// `TransactionSource`, `ApplyExtrinsicResult` and `TransactionValidity` with the
    /// `sp_runtime::transaction_validity` types they share.
    static func transactionValidity(_ r: inout TypeRegistry) -> (source: TypeID, apply: TypeID, validity: TypeID) {
        let path = ["sp_runtime", "transaction_validity"]
        let u8 = r.primitive(.u8)
        let invalid = r.variant(path + ["InvalidTransaction"]) { _ in
            ["Call", "Payment", "Future", "Stale", "BadProof", "AncientBirthBlock", "ExhaustsResources", "Custom", "BadMandatory",
             "MandatoryValidation", "BadSigner"].enumerated().map { index, name in
                TypeVariant(name, index: UInt8(index), fields: name == "Custom" ? [TypeField(nil, u8, typeName: "u8")] : [])
            }
        }
        let unknown = r.variant(path + ["UnknownTransaction"]) { _ in
            [TypeVariant("CannotLookup", index: 0), TypeVariant("NoUnsignedValidator", index: 1),
             TypeVariant("Custom", index: 2, fields: [TypeField(nil, u8, typeName: "u8")])]
        }
        let error = r.variant(path + ["TransactionValidityError"]) { _ in
            [TypeVariant("Invalid", index: 0, fields: [TypeField(nil, invalid, typeName: "InvalidTransaction")]),
             TypeVariant("Unknown", index: 1, fields: [TypeField(nil, unknown, typeName: "UnknownTransaction")])]
        }
        let dispatchResult = DispatchOutcome.metadataType(in: &r)
        let apply = r.result(ok: dispatchResult, error: error)
        let source = r.plainEnum(path + ["TransactionSource"], ["InBlock", "Local", "External"])
        let valid = r.composite(path + ["ValidTransaction"]) { r in
            let tags = r.sequence(of: r.bytes())
            return [
                r.field("priority", UInt64.self, typeName: "TransactionPriority"), TypeField("requires", tags, typeName: "Vec<TransactionTag>"),
                TypeField("provides", tags, typeName: "Vec<TransactionTag>"), r.field("longevity", UInt64.self, typeName: "TransactionLongevity"),
                r.field("propagate", Bool.self),
            ]
        }
        return (source, apply, r.result(ok: valid, error: error))
    }

    /// `sp_inherents::CheckInherentsResult`.
    static func checkInherentsResult(_ inherentData: TypeID, _ r: inout TypeRegistry) -> TypeID {
        r.composite(["sp_inherents", "CheckInherentsResult"]) { r in
            [r.field("okay", Bool.self), r.field("fatal_error", Bool.self), TypeField("errors", inherentData, typeName: "InherentData")]
        }
    }

    /// `pallet_transaction_payment::RuntimeDispatchInfo<u64, Weight>` (the fee is `u64` here).
    static func dispatchInfo(_ r: inout TypeRegistry) -> TypeID {
        let balance = r.primitive(.u64)
        let weight = Weight.metadataType(in: &r)
        return r.composite(
            ["pallet_transaction_payment", "types", "RuntimeDispatchInfo"],
            parameters: [TypeParameter("Balance", balance), TypeParameter("Weight", weight)]
        ) { r in
            [TypeField("weight", weight, typeName: "Weight"), r.field("class", DispatchClass.self), TypeField("partial_fee", balance, typeName: "Balance")]
        }
    }

    /// `pallet_transaction_payment::FeeDetails<u64>`.
    static func feeDetails(_ r: inout TypeRegistry) -> TypeID {
        let balance = r.primitive(.u64)
        let inclusion = r.composite(["pallet_transaction_payment", "types", "InclusionFee"], parameters: [TypeParameter("Balance", balance)]) { _ in
            ["base_fee", "len_fee", "adjusted_weight_fee"].map { TypeField($0, balance, typeName: "Balance") }
        }
        return r.composite(["pallet_transaction_payment", "types", "FeeDetails"], parameters: [TypeParameter("Balance", balance)]) { r in
            [TypeField("inclusion_fee", r.option(of: inclusion), typeName: "Option<InclusionFee<Balance>>"), TypeField("tip", balance, typeName: "Balance")]
        }
    }
}
