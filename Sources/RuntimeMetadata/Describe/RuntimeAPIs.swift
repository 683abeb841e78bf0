import Primitives
import Runtime

/// The V15 method signatures of the runtime APIs clients call through `state_call`: the
/// standard ones and subtensor's four info APIs (§9.2). Versions are `RuntimeVersion.current`'s.
enum RuntimeAPIs {

    static func describe(in r: inout TypeRegistry) -> [RuntimeAPIMetadata] {
        let unit = r.unit()
        let bytes = r.bytes()
        let u16 = r.primitive(.u16)
        let u32 = r.primitive(.u32)
        let extrinsic = RuntimeTypes.uncheckedExtrinsic(in: &r)
        let header = RuntimeTypes.header(in: &r)
        let opaque = r.composite(["sp_core", "OpaqueMetadata"]) { r in [TypeField(nil, r.bytes(), typeName: "Vec<u8>")] }
        let inherentData = r.composite(["sp_inherents", "InherentData"]) { r in
            let identifier = r.array(8, of: r.primitive(.u8))
            let pairs = r.sequence(of: r.tuple([identifier, r.bytes()]))
            let map = r.composite(["BTreeMap"], parameters: [TypeParameter("K", identifier), TypeParameter("V", r.bytes())]) { _ in [TypeField(nil, pairs)] }
            return [TypeField("data", map, typeName: "BTreeMap<InherentIdentifier, Vec<u8>>")]
        }
        let validity = transactionValidity(&r)
        let api = { (name: String, methods: [RuntimeAPIMetadata.Method]) in
            // Every API described here is one the runtime version declares.
            RuntimeAPIMetadata(name, version: RuntimeVersion.current.apis.first { $0.name == name }!.version, methods: methods)
        }
        typealias M = RuntimeAPIMetadata.Method
        return [
            api("Core", [
                M("version", output: RuntimeTypes.runtimeVersion(in: &r), docs: ["Returns the version of the runtime."]),
                M("execute_block", inputs: [("block", RuntimeTypes.block(in: &r))], output: unit, docs: ["Execute the given block."]),
                M("initialize_block", inputs: [("header", header)], output: unit, docs: ["Initialize a block with the given header."]),
            ]),
            api("Metadata", [
                M("metadata", output: opaque, docs: ["Returns the metadata of a runtime."]),
                M("metadata_at_version", inputs: [("version", u32)], output: r.option(of: opaque), docs: ["Returns the metadata at a given version."]),
                M("metadata_versions", output: r.sequence(of: u32), docs: ["Returns the supported metadata versions."]),
            ]),
            api("BlockBuilder", [
                M("apply_extrinsic", inputs: [("extrinsic", extrinsic)], output: validity.apply, docs: ["Apply the given extrinsic."]),
                M("finalize_block", output: header, docs: ["Finish the current block."]),
                M("inherent_extrinsics", inputs: [("inherent", inherentData)], output: r.sequence(of: extrinsic), docs: ["Generate inherent extrinsics."]),
                M("check_inherents", inputs: [("block", RuntimeTypes.block(in: &r)), ("data", inherentData)],
                  output: checkInherentsResult(inherentData, &r), docs: ["Check that the inherents are valid."]),
            ]),
            api("TaggedTransactionQueue", [
                M("validate_transaction", inputs: [("source", validity.source), ("tx", extrinsic), ("block_hash", H256.metadataType(in: &r))],
                  output: validity.validity, docs: ["Validate the transaction."]),
            ]),
            api("AccountNonceApi", [
                M("account_nonce", inputs: [("account", AccountID.metadataType(in: &r))], output: u32, docs: ["Get current account nonce of given `AccountId`."]),
            ]),
            api("TransactionPaymentApi", [
                M("query_info", inputs: [("uxt", extrinsic), ("len", u32)], output: dispatchInfo(&r)),
                M("query_fee_details", inputs: [("uxt", extrinsic), ("len", u32)], output: feeDetails(&r)),
                M("query_weight_to_fee", inputs: [("weight", Weight.metadataType(in: &r))], output: r.primitive(.u64)),
                M("query_length_to_fee", inputs: [("length", u32)], output: r.primitive(.u64)),
            ]),
            api("NeuronInfoRuntimeApi", [
                M("get_neurons", inputs: [("netuid", u16)], output: bytes), M("get_neuron", inputs: [("netuid", u16), ("uid", u16)], output: bytes),
                M("get_neurons_lite", inputs: [("netuid", u16)], output: bytes),
                M("get_neuron_lite", inputs: [("netuid", u16), ("uid", u16)], output: bytes),
            ]),
            api("SubnetInfoRuntimeApi", [
                M("get_subnet_info", inputs: [("netuid", u16)], output: bytes), M("get_subnets_info", output: bytes),
                M("get_subnet_hyperparams", inputs: [("netuid", u16)], output: bytes),
            ]),
            api("DelegateInfoRuntimeApi", [
                M("get_delegates", output: bytes), M("get_delegate", inputs: [("delegate_account_vec", bytes)], output: bytes),
                M("get_delegated", inputs: [("delegatee_account_vec", bytes)], output: bytes),
            ]),
            api("StakeInfoRuntimeApi", [
                M("get_stake_info_for_coldkey", inputs: [("coldkey_account_vec", bytes)], output: bytes),
                M("get_stake_info_for_coldkeys", inputs: [("coldkey_account_vecs", r.sequence(of: bytes))], output: bytes),
            ]),
        ]
    }
}
