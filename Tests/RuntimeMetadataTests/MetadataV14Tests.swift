import ChainTypes
import Hashing
import Primitives
import Runtime
import RuntimeMetadata
import SCALECodec
import Testing

@Suite("Metadata V14 describes the runtime")
struct MetadataV14Tests {
    let metadata: MetadataReader

    init() throws { metadata = try MetadataReader(RuntimeMetadata.v14()) }

    @Test func theBlobIsPrefixedAndCached() {
        let blob = RuntimeMetadata.v14()
        #expect(Array(blob.prefix(5)) == Array("meta".utf8) + [14])
        #expect(RuntimeMetadata.v14() == blob)
        #expect(RuntimeMetadata.blob(version: 14) == blob)
        #expect(RuntimeMetadata.blob(version: 13) == nil)
    }

    @Test func palletsHaveTheChainsNamesAndIndices() {
        #expect(metadata.pallets.map(\.name) == ["System", "Timestamp", "Aura", "Balances", "TransactionPayment", "SubtensorModule", "Sudo"])
        #expect(metadata.pallets.map(\.index) == [0, 2, 3, 5, 6, 7, 12])
        for pallet in metadata.pallets where pallet.prefix != nil { #expect(pallet.prefix == pallet.name) }
        #expect(metadata[metadata.runtimeType].path == ["node_subtensor_runtime", "Runtime"])
    }

    @Test func everyDefaultAndConstantIsOneValueOfItsType() {
        for pallet in metadata.pallets {
            for entry in pallet.entries {
                // An optional entry's default is `None`; a default entry's is one value of its type.
                let isDefault = entry.optional ? entry.defaultBytes == [0] : metadata.isValue(entry.defaultBytes, of: entry.value)
                #expect(isDefault, "\(pallet.name).\(entry.name)")
                if let key = entry.key, entry.hashers.count > 1 {
                    guard case .tuple(let parts) = metadata[key].definition else { Issue.record("\(entry.name): key not a tuple"); continue }
                    #expect(parts.count == entry.hashers.count)
                }
            }
            for constant in pallet.constants {
                let isValue = metadata.isValue(constant.value, of: constant.type)
                #expect(isValue, "\(pallet.name).\(constant.name)")
            }
        }
    }

    @Test func storageEntriesFollowTheDescriptors() throws {
        let system = try #require(metadata.pallet("System"))
        let account = try #require(system.entries.first { $0.name == "Account" })
        #expect(account.hashers == [StorageHasher.blake2_128Concat.rawValue])
        #expect(account.defaultBytes == AccountInfo().scaleEncoded())
        #expect(metadata[try #require(account.key)].path == ["sp_core", "crypto", "AccountId32"])
        #expect(metadata[account.value].path == ["frame_system", "AccountInfo"])
        let events = try #require(system.entries.first { $0.name == "Events" })
        guard case .sequence(let record) = metadata[events.value].definition else { Issue.record("Events is not a Vec"); return }
        #expect(metadata[record].path == ["frame_system", "EventRecord"])

        let subtensor = try #require(metadata.pallet("SubtensorModule"))
        let optional = Set(subtensor.entries.filter(\.optional).map(\.name))
        #expect(optional == ["Uids", "NetworkConnect", "LoadedEmission", "Axons", "Prometheus"])
        let stake = try #require(subtensor.entries.first { $0.name == "Stake" })
        #expect(stake.hashers == [StorageHasher.blake2_128Concat.rawValue, StorageHasher.identity.rawValue])
        #expect(try #require(metadata.pallet("Sudo")).entries.map(\.optional) == [true])
    }

    @Test func constantsCarryTheRuntimesValues() throws {
        func constant(_ pallet: String, _ name: String) throws -> [UInt8] {
            try #require(metadata.pallet(pallet)?.constants.first { $0.name == name }).value
        }
        #expect(try constant("System", "SS58Prefix") == [42, 0])
        #expect(try constant("System", "BlockHashCount") == UInt32(2400).scaleEncoded())
        #expect(try constant("System", "Version") == RuntimeVersion.current.scaleEncoded())
        #expect(try constant("Balances", "ExistentialDeposit") == UInt64(500).scaleEncoded())
        #expect(try constant("Timestamp", "MinimumPeriod") == UInt64(6000).scaleEncoded())
        #expect(try constant("TransactionPayment", "OperationalFeeMultiplier") == [1])
    }

    @Test func errorsAreContiguousAndDocumented() throws {
        for pallet in metadata.pallets {
            guard let error = pallet.error, case .variant(let variants) = metadata[error].definition else { continue }
            #expect(variants.map(\.index) == (0..<UInt8(variants.count)).map { $0 }, "\(pallet.name)")
            for variant in variants { #expect(!(variant.docs.first ?? "").isEmpty, "\(pallet.name).\(variant.name)") }
        }
        let subtensor = try #require(metadata.pallet("SubtensorModule")?.error)
        guard case .variant(let variants) = metadata[subtensor].definition else { return }
        #expect(variants.map(\.name) == SubtensorError.allCases.map(\.name))
    }

    /// Each call variant, filled with sample arguments from its metadata types, decodes as
    /// exactly that call in the runtime: argument count, order and widths agree.
    @Test func everyDescribedCallDecodesInTheRuntime() throws {
        var checked = 0
        for pallet in metadata.pallets {
            guard let calls = pallet.calls, case .variant(let variants) = metadata[calls].definition else { continue }
            for variant in variants {
                let bytes = [pallet.index, variant.index] + variant.fields.flatMap { metadata.sample($0.type) }
                var decoder = SCALEDecoder(bytes)
                let call = try decoder.decode(RuntimeCall.self)
                #expect(decoder.isAtEnd, "\(pallet.name).\(variant.name): \(decoder.remainingCount) bytes left")
                #expect(call.scaleEncoded() == bytes, "\(pallet.name).\(variant.name)")
                checked += 1
            }
            if pallet.name == "SubtensorModule" { #expect(variants.map(\.index) == SubtensorCall.indices) }
        }
        #expect(checked == 8 + 1 + 6 + SubtensorCall.indices.count + 4)
    }

    @Test func theExtrinsicNamesItsPartsAndExtensions() throws {
        let extrinsic = metadata[try #require(metadata.extrinsicType)]
        #expect(extrinsic.path == ["sp_runtime", "generic", "unchecked_extrinsic", "UncheckedExtrinsic"])
        #expect(extrinsic.parameters.map(\.0) == ["Address", "Call", "Signature", "Extra"])
        let parts = extrinsic.parameters.map { metadata[$0.1!].path.joined(separator: "::") }
        #expect(parts[0...2] == ["sp_runtime::multiaddress::MultiAddress", "node_subtensor_runtime::RuntimeCall", "sp_runtime::MultiSignature"])
        #expect(metadata.extensions.map(\.identifier) == [
            "CheckNonZeroSender", "CheckSpecVersion", "CheckTxVersion", "CheckGenesis", "CheckMortality", "CheckNonce", "CheckWeight",
            "ChargeTransactionPayment", "SubtensorSignedExtension",
        ])
        // The extra the runtime signs: era ‖ compact nonce ‖ compact tip, nothing else.
        let extra = SignedExtra(era: .mortal(period: 64, phase: 36), nonce: 7, tip: 1_000).scaleEncoded()
        var decoder = SCALEDecoder(extra)
        for ext in metadata.extensions { try metadata.skip(ext.type, &decoder) }
        #expect(decoder.isAtEnd)
    }
}
