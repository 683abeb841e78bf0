import RuntimeMetadata
import SCALECodec
import Testing

@Suite("TypeRegistry interns types and hands out dense ids")
struct TypeRegistryTests {
    @Test func equalDescriptionsShareOneIDAndIDsAreDense() {
        var registry = TypeRegistry()
        let u8 = registry.primitive(.u8)
        let bytes = registry.sequence(of: u8)
        #expect(registry.primitive(.u8) == u8)
        #expect(registry.bytes() == bytes)
        #expect([u8, bytes] == [0, 1])
        #expect(registry.count == 2)
    }

    @Test func aDefinedTypeMayReferToItself() {
        var registry = TypeRegistry()
        let list = registry.define("List") { r in
            TypeDescription(path: ["List"], .variant([
                TypeVariant("Nil", index: 0),
                TypeVariant("Cons", index: 1, fields: [TypeField(nil, r.primitive(.u32)), TypeField(nil, r.define("List") { _ in fatalError("built twice") })]),
            ]))
        }
        #expect(list == 0)
        #expect(registry.count == 2)
        guard case .variant(let variants) = registry[list].definition else { Issue.record("not a variant"); return }
        #expect(variants[1].fields[1].type == list)
    }

    @Test func thePortableRegistryEncodesIDsThenTypes() {
        var registry = TypeRegistry()
        _ = registry.compact(of: registry.primitive(.u64))
        var encoder = SCALEEncoder()
        registry.encode(to: &encoder)
        // 2 types; id 0: no path, no params, primitive u64, no docs; id 1: compact of 0.
        #expect(encoder.bytes == [0x08, 0x00, 0x00, 0x00, 0x05, 0x06, 0x00, 0x04, 0x00, 0x00, 0x06, 0x00, 0x00])
    }

    @Test(arguments: [UInt8(14), 15]) func everyReferencedTypeExists(version: UInt8) throws {
        let metadata = try MetadataReader(version == 14 ? RuntimeMetadata.v14() : RuntimeMetadata.v15())
        #expect(metadata.types.map(\.id) == (0..<UInt32(metadata.types.count)).map { $0 })
        let count = UInt32(metadata.types.count)
        for entry in metadata.types {
            for id in metadata.references(of: entry) { #expect(id < count, "type \(entry.id) refers to \(id)") }
        }
        var used = metadata.pallets.flatMap { p in
            p.entries.flatMap { [$0.value] + ($0.key.map { [$0] } ?? []) } + [p.calls, p.event, p.error].compactMap { $0 } + p.constants.map(\.type)
        }
        used += metadata.extensions.flatMap { [$0.type, $0.additional] } + [metadata.runtimeType] + metadata.outerEnums + metadata.extrinsicParts
        used += metadata.apis.flatMap { $0.methods.flatMap { $0.inputs.map(\.1) + [$0.output] } }
        if let extrinsic = metadata.extrinsicType { used.append(extrinsic) }
        for id in used { #expect(id < count) }
    }
}
