import Runtime
import RuntimeMetadata
import Testing

@Suite("Metadata V15 adds runtime APIs and outer enums")
struct MetadataV15Tests {
    let metadata: MetadataReader

    init() throws { metadata = try MetadataReader(RuntimeMetadata.v15()) }

    @Test func theBlobIsVersion15WithTheSameTypesAndPallets() throws {
        #expect(Array(RuntimeMetadata.v15().prefix(5)) == Array("meta".utf8) + [15])
        let v14 = try MetadataReader(RuntimeMetadata.v14())
        #expect(metadata.types.count == v14.types.count)
        #expect(metadata.pallets.map(\.name) == v14.pallets.map(\.name))
    }

    @Test func theOuterEnumsAndExtrinsicPartsAreNamed() {
        let paths = metadata.outerEnums.map { metadata[$0].path.joined(separator: "::") }
        #expect(paths == ["node_subtensor_runtime::RuntimeCall", "node_subtensor_runtime::RuntimeEvent", "node_subtensor_runtime::RuntimeError"])
        let parts = metadata.extrinsicParts.map { metadata[$0].path.joined(separator: "::") }
        #expect(parts[0...2] == ["sp_runtime::multiaddress::MultiAddress", "node_subtensor_runtime::RuntimeCall", "sp_runtime::MultiSignature"])
        guard case .tuple(let extra) = metadata[metadata.extrinsicParts[3]].definition else { Issue.record("Extra is not a tuple"); return }
        #expect(extra == metadata.extensions.map(\.type))
    }

    @Test func theRuntimeAPIsAreDeclaredWithTheirMethods() throws {
        let methods = Dictionary(uniqueKeysWithValues: metadata.apis.map { ($0.name, $0.methods.map(\.name)) })
        #expect(methods["Core"] == ["version", "execute_block", "initialize_block"])
        #expect(methods["Metadata"] == ["metadata", "metadata_at_version", "metadata_versions"])
        #expect(methods["AccountNonceApi"] == ["account_nonce"])
        #expect(methods["TransactionPaymentApi"] == ["query_info", "query_fee_details", "query_weight_to_fee", "query_length_to_fee"])
        #expect(methods["NeuronInfoRuntimeApi"] == ["get_neurons", "get_neuron", "get_neurons_lite", "get_neuron_lite"])
        #expect(methods["SubnetInfoRuntimeApi"] == ["get_subnet_info", "get_subnets_info", "get_subnet_hyperparams"])
        #expect(methods["DelegateInfoRuntimeApi"] == ["get_delegates", "get_delegate", "get_delegated"])
        #expect(methods["StakeInfoRuntimeApi"] == ["get_stake_info_for_coldkey", "get_stake_info_for_coldkeys"])
        #expect(methods["BlockBuilder"] != nil && methods["TaggedTransactionQueue"] != nil)
        let nonce = try #require(metadata.apis.first { $0.name == "AccountNonceApi" }?.methods.first)
        #expect(metadata[nonce.inputs[0].1].path == ["sp_core", "crypto", "AccountId32"])
        let described = Set(metadata.apis.flatMap { api in api.methods.map { "\(api.name)_\($0.name)" } })
        for method in SubtensorInfoAPI.methods { #expect(described.contains(method), "\(method) is answered but not described") }
        let declared = Set(RuntimeVersion.current.apis.map(\.name))
        for api in metadata.apis { #expect(declared.contains(api.name), "\(api.name) is not in RuntimeVersion.apis") }
    }
}
