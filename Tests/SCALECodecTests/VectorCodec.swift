import SCALECodec

/// What the golden-vector tests can do with one vector type string, type-erased.
struct VectorCodec: Sendable {
    /// Outcome of checking one vector in both directions.
    struct Outcome {
        var encoded: [UInt8]
        var decodedMatches: Bool
        var reencoded: [UInt8]
    }

    /// Encodes the JSON value and decodes the bytes, comparing both ways.
    let roundTrip: @Sendable (JSONValue, [UInt8]) throws -> Outcome
    /// Decodes `bytes` as a whole buffer, discarding the value.
    let decodeWhole: @Sendable ([UInt8]) throws -> Void

    static func of<T: SCALECodable & Equatable & SendableMetatype>(
        _ type: T.Type, _ parse: @escaping @Sendable (JSONValue) throws -> T
    ) -> VectorCodec {
        VectorCodec(
            roundTrip: { json, bytes in
                let value = try parse(json)
                let decoded = try T(scaleBytes: bytes)
                return Outcome(encoded: value.scaleEncoded(), decodedMatches: decoded == value, reencoded: decoded.scaleEncoded())
            },
            decodeWhole: { bytes in _ = try T(scaleBytes: bytes) }
        )
    }

    /// The Swift type for each vector type string.
    static let table: [String: VectorCodec] = {
        var table: [String: VectorCodec] = [
            "u8": .of(UInt8.self) { try $0.integer() },
            "u16": .of(UInt16.self) { try $0.integer() },
            "u32": .of(UInt32.self) { try $0.integer() },
            "u64": .of(UInt64.self) { try $0.integer() },
            "u128": .of(UInt128.self) { try $0.integer() },
            "i8": .of(Int8.self) { try $0.integer() },
            "i16": .of(Int16.self) { try $0.integer() },
            "i32": .of(Int32.self) { try $0.integer() },
            "i64": .of(Int64.self) { try $0.integer() },
            "i128": .of(Int128.self) { try $0.integer() },
            "Compact<u8>": .of(Compact<UInt8>.self) { Compact(try $0.integer()) },
            "Compact<u16>": .of(Compact<UInt16>.self) { Compact(try $0.integer()) },
            "Compact<u32>": .of(Compact<UInt32>.self) { Compact(try $0.integer()) },
            "Compact<u64>": .of(Compact<UInt64>.self) { Compact(try $0.integer()) },
            "Compact<u128>": .of(Compact<UInt128>.self) { Compact(try $0.integer()) },
            "bool": .of(Bool.self) { try $0.boolean() },
            "Option<u32>": .of(UInt32?.self) { try $0.optional { try $0.integer() } },
            "Option<bool>": .of(Bool?.self) { try $0.optional { try $0.boolean() } },
            "OptionBool": .of(OptionBool.self) { OptionBool(try $0.optional { try $0.boolean() }) },
            "Option<String>": .of(String?.self) { try $0.optional { try $0.text() } },
            "Vec<u8>": .of([UInt8].self) { try $0.list { try $0.integer() } },
            "Vec<u32>": .of([UInt32].self) { try $0.list { try $0.integer() } },
            "Vec<Vec<u16>>": .of([[UInt16]].self) { try $0.list { try $0.list { try $0.integer() } } },
            "Vec<Option<u32>>": .of([UInt32?].self) { try $0.list { try $0.optional { try $0.integer() } } },
            "Vec<String>": .of([String].self) { try $0.list { try $0.text() } },
            "String": .of(String.self) { try $0.text() },
            "[u8; 4]": .of(FixedArray<UInt8, Four>.self) { try FixedArray(try $0.list { try $0.integer() }) },
            "[u8; 32]": .of(FixedArray<UInt8, ThirtyTwo>.self) { try FixedArray(try $0.list { try $0.integer() }) },
            "[u32; 3]": .of(FixedArray<UInt32, Three>.self) { try FixedArray(try $0.list { try $0.integer() }) },
            "[bool; 2]": .of(FixedArray<Bool, Two>.self) { try FixedArray(try $0.list { try $0.boolean() }) },
        ]
        table["(u8, u16, u32)"] = .of(Triple.self) { json in
            let fields = try json.list()
            return Triple(try fields[0].integer(), try fields[1].integer(), try fields[2].integer())
        }
        table["(bool, String, Compact<u64>)"] = .of(MixedTuple.self) { json in
            let fields = try json.list()
            return MixedTuple(try fields[0].boolean(), try fields[1].text(), Compact(try fields[2].integer()))
        }
        table["Result<u32, u8>"] = .of(SCALEResult<UInt32, UInt8>.self) { json in
            let variant = try json.variant()
            switch variant.name {
            case "Ok": return .ok(try json.payload(of: variant).integer())
            case "Err": return .err(try json.payload(of: variant).integer())
            default: throw VectorShapeError(description: "unknown Result variant \(variant.name)")
            }
        }
        table["BTreeMap<u32, u64>"] = .of([UInt32: UInt64].self) { json in
            try pairs(json) { try $0.integer() } value: { try $0.integer() }
        }
        table["BTreeMap<String, u32>"] = .of([String: UInt32].self) { json in
            try pairs(json) { try $0.text() } value: { try $0.integer() }
        }
        table["SparseEnum"] = .of(SparseEnum.self) { json in
            switch try json.variant().name {
            case "Alpha": return .alpha
            case "Beta": return .beta
            case "Gamma": return .gamma
            case "Omega": return .omega
            case let name: throw VectorShapeError(description: "unknown SparseEnum variant \(name)")
            }
        }
        table["PayloadEnum"] = .of(PayloadEnum.self, parsePayloadEnum)
        return table
    }()

    private static func pairs<K: Hashable, V>(
        _ json: JSONValue, key: (JSONValue) throws -> K, value: (JSONValue) throws -> V
    ) throws -> [K: V] {
        var map: [K: V] = [:]
        for pair in try json.list() {
            let items = try pair.list()
            map[try key(items[0])] = try value(items[1])
        }
        return map
    }

    private static func parsePayloadEnum(_ json: JSONValue) throws -> PayloadEnum {
        let variant = try json.variant()
        switch variant.name {
        case "Empty": return .empty
        case "Number": return .number(try json.payload(of: variant).integer())
        case "Pair":
            let fields = try json.payload(of: variant).list()
            return .pair(try fields[0].integer(), try fields[1].integer())
        case "Text": return .text(try json.payload(of: variant).text())
        case "Nested": return .nested(try json.payload(of: variant).list { try $0.optional { try $0.integer() } })
        default: throw VectorShapeError(description: "unknown PayloadEnum variant \(variant.name)")
        }
    }
}
