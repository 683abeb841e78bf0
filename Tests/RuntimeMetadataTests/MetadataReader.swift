import SCALECodec

/// A test-side reader of metadata V14/V15 written from the format description alone (it shares
/// no code with the generator): it decodes every section, and walks values of any registry type.
struct MetadataReader {
    struct Field { var name: String?; var type: UInt32; var typeName: String? }
    struct Variant { var name: String; var fields: [Field]; var index: UInt8; var docs: [String] }
    enum Definition {
        case composite([Field]), variant([Variant]), sequence(UInt32), array(UInt32, UInt32), tuple([UInt32])
        case primitive(UInt8), compact(UInt32), bitSequence(UInt32, UInt32)
    }
    struct TypeEntry { var id: UInt32; var path: [String]; var parameters: [(String, UInt32?)]; var definition: Definition }
    struct Entry { var name: String; var optional: Bool; var hashers: [UInt8]; var key: UInt32?; var value: UInt32; var defaultBytes: [UInt8] }
    struct Constant { var name: String; var type: UInt32; var value: [UInt8] }
    struct Pallet {
        var name: String; var prefix: String?; var entries: [Entry]; var calls: UInt32?; var event: UInt32?
        var constants: [Constant]; var error: UInt32?; var index: UInt8
    }
    struct Extension { var identifier: String; var type: UInt32; var additional: UInt32 }
    struct API { var name: String; var methods: [(name: String, inputs: [(String, UInt32)], output: UInt32)] }

    var version: UInt8
    var types: [TypeEntry] = []
    var pallets: [Pallet] = []
    var extrinsicType: UInt32?
    var extrinsicParts: [UInt32] = []
    var extensions: [Extension] = []
    var runtimeType: UInt32 = 0
    var apis: [API] = []
    var outerEnums: [UInt32] = []

    init(_ blob: [UInt8]) throws {
        var d = SCALEDecoder(blob)
        guard try d.decodeFixedBytes(4) == Array("meta".utf8) else { throw Failure("no magic") }
        version = try d.readByte()
        guard version == 14 || version == 15 else { throw Failure("version \(version)") }
        for _ in 0..<(try d.decodeCompactLength(of: TypeEntry.self)) { types.append(try Self.readType(&d)) }
        for _ in 0..<(try d.decodeCompactLength(of: Pallet.self)) { pallets.append(try readPallet(&d)) }
        if version == 14 {
            extrinsicType = try d.decodeCompact(as: UInt32.self)
            _ = try d.readByte()
        } else {
            _ = try d.readByte()
            extrinsicParts = try (0..<4).map { _ in try d.decodeCompact(as: UInt32.self) }
        }
        for _ in 0..<(try d.decodeCompactLength(of: Extension.self)) {
            extensions.append(Extension(identifier: try d.decode(String.self), type: try d.decodeCompact(as: UInt32.self),
                                        additional: try d.decodeCompact(as: UInt32.self)))
        }
        runtimeType = try d.decodeCompact(as: UInt32.self)
        if version == 15 {
            for _ in 0..<(try d.decodeCompactLength(of: API.self)) { apis.append(try Self.readAPI(&d)) }
            outerEnums = try (0..<3).map { _ in try d.decodeCompact(as: UInt32.self) }
            guard try d.decodeCompactLength(of: String.self) == 0 else { throw Failure("custom map not empty") }
        }
        guard d.isAtEnd else { throw Failure("\(d.remainingCount) trailing bytes") }
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    private static func readFields(_ d: inout SCALEDecoder) throws -> [Field] {
        try (0..<d.decodeCompactLength(of: Field.self)).map { _ in
            let field = Field(name: try d.decode(String?.self), type: try d.decodeCompact(as: UInt32.self), typeName: try d.decode(String?.self))
            _ = try d.decode([String].self)
            return field
        }
    }

    private static func readType(_ d: inout SCALEDecoder) throws -> TypeEntry {
        let id = try d.decodeCompact(as: UInt32.self)
        let path = try d.decode([String].self)
        let parameters: [(String, UInt32?)] = try (0..<d.decodeCompactLength(of: String.self)).map { _ in
            (try d.decode(String.self), try d.readByte() == 1 ? try d.decodeCompact(as: UInt32.self) : nil)
        }
        let definition: Definition
        switch try d.readByte() {
        case 0: definition = .composite(try readFields(&d))
        case 1:
            definition = .variant(try (0..<d.decodeCompactLength(of: Variant.self)).map { _ in
                Variant(name: try d.decode(String.self), fields: try readFields(&d), index: try d.readByte(), docs: try d.decode([String].self))
            })
        case 2: definition = .sequence(try d.decodeCompact(as: UInt32.self))
        case 3: definition = .array(try d.decode(UInt32.self), try d.decodeCompact(as: UInt32.self))
        case 4: definition = .tuple(try (0..<d.decodeCompactLength(of: UInt32.self)).map { _ in try d.decodeCompact(as: UInt32.self) })
        case 5: definition = .primitive(try d.readByte())
        case 6: definition = .compact(try d.decodeCompact(as: UInt32.self))
        case 7: definition = .bitSequence(try d.decodeCompact(as: UInt32.self), try d.decodeCompact(as: UInt32.self))
        case let other: throw Failure("type \(id): definition tag \(other)")
        }
        _ = try d.decode([String].self)
        return TypeEntry(id: id, path: path, parameters: parameters, definition: definition)
    }

    private func readPallet(_ d: inout SCALEDecoder) throws -> Pallet {
        let name = try d.decode(String.self)
        var prefix: String?
        var entries: [Entry] = []
        if try d.readByte() == 1 {
            prefix = try d.decode(String.self)
            entries = try (0..<d.decodeCompactLength(of: Entry.self)).map { _ in
                let name = try d.decode(String.self)
                let optional = try d.readByte() == 0
                var hashers: [UInt8] = []
                var key: UInt32?
                if try d.readByte() == 1 {
                    hashers = try (0..<d.decodeCompactLength(of: UInt8.self)).map { _ in try d.readByte() }
                    key = try d.decodeCompact(as: UInt32.self)
                }
                let value = try d.decodeCompact(as: UInt32.self)
                let entry = Entry(name: name, optional: optional, hashers: hashers, key: key, value: value, defaultBytes: try d.decode([UInt8].self))
                _ = try d.decode([String].self)
                return entry
            }
        }
        func optionalID(_ d: inout SCALEDecoder) throws -> UInt32? { try d.readByte() == 1 ? try d.decodeCompact(as: UInt32.self) : nil }
        let calls = try optionalID(&d)
        let event = try optionalID(&d)
        let constants: [Constant] = try (0..<d.decodeCompactLength(of: Constant.self)).map { _ in
            let constant = Constant(name: try d.decode(String.self), type: try d.decodeCompact(as: UInt32.self), value: try d.decode([UInt8].self))
            _ = try d.decode([String].self)
            return constant
        }
        let error = try optionalID(&d)
        let index = try d.readByte()
        if version == 15 { _ = try d.decode([String].self) }
        return Pallet(name: name, prefix: prefix, entries: entries, calls: calls, event: event, constants: constants, error: error, index: index)
    }

    private static func readAPI(_ d: inout SCALEDecoder) throws -> API {
        let name = try d.decode(String.self)
        let methods: [(name: String, inputs: [(String, UInt32)], output: UInt32)] = try (0..<d.decodeCompactLength(of: String.self)).map { _ in
            let method = try d.decode(String.self)
            let inputs = try (0..<d.decodeCompactLength(of: String.self)).map { _ in (try d.decode(String.self), try d.decodeCompact(as: UInt32.self)) }
            let output = try d.decodeCompact(as: UInt32.self)
            _ = try d.decode([String].self)
            return (method, inputs, output)
        }
        _ = try d.decode([String].self)
        return API(name: name, methods: methods)
    }

    /// The type with `id`.
    subscript(id: UInt32) -> TypeEntry { types[Int(id)] }

    func pallet(_ name: String) -> Pallet? { pallets.first { $0.name == name } }

    /// The ids `id`'s definition refers to.
    func references(of entry: TypeEntry) -> [UInt32] {
        let params = entry.parameters.compactMap(\.1)
        switch entry.definition {
        case .composite(let fields): return params + fields.map(\.type)
        case .variant(let variants): return params + variants.flatMap { $0.fields.map(\.type) }
        case .sequence(let e), .array(_, let e), .compact(let e): return params + [e]
        case .tuple(let elements): return params + elements
        case .primitive: return params
        case .bitSequence(let s, let o): return params + [s, o]
        }
    }

    /// Reads one value of type `id` from `d` (throws on malformed or truncated input).
    func skip(_ id: UInt32, _ d: inout SCALEDecoder, depth: Int = 0) throws {
        guard depth < 64 else { throw Failure("nesting too deep") }
        switch self[id].definition {
        case .composite(let fields): for f in fields { try skip(f.type, &d, depth: depth + 1) }
        case .variant(let variants):
            let index = try d.readByte()
            guard let v = variants.first(where: { $0.index == index }) else { throw Failure("type \(id): no variant \(index)") }
            for f in v.fields { try skip(f.type, &d, depth: depth + 1) }
        case .sequence(let e): for _ in 0..<(try d.decodeCompactLength(of: UInt8.self)) { try skip(e, &d, depth: depth + 1) }
        case .array(let n, let e): for _ in 0..<n { try skip(e, &d, depth: depth + 1) }
        case .tuple(let elements): for e in elements { try skip(e, &d, depth: depth + 1) }
        case .primitive(let p):
            switch p {
            case 0, 3, 9: _ = try d.readByte()
            case 1: _ = try d.decodeFixedBytes(4)
            case 2: _ = try d.decode(String.self)
            case 4, 10: _ = try d.decodeFixedBytes(2)
            case 5, 11: _ = try d.decodeFixedBytes(4)
            case 6, 12: _ = try d.decodeFixedBytes(8)
            case 7, 13: _ = try d.decodeFixedBytes(16)
            default: _ = try d.decodeFixedBytes(32)
            }
        case .compact: _ = try d.decodeCompact()
        case .bitSequence: throw Failure("bit sequences are not used")
        }
    }

    /// Whether `bytes` is exactly one value of type `id`.
    func isValue(_ bytes: [UInt8], of id: UInt32) -> Bool {
        var d = SCALEDecoder(bytes)
        return (try? skip(id, &d)) != nil && d.isAtEnd
    }

    /// A sample value of type `id`: zero integers, one-element sequences, the first variant.
    func sample(_ id: UInt32, depth: Int = 0) -> [UInt8] {
        precondition(depth < 64, "recursive type without a way out")
        switch self[id].definition {
        case .composite(let fields): return fields.flatMap { sample($0.type, depth: depth + 1) }
        case .variant(let variants):
            let v = variants.min { $0.index < $1.index }!
            return [v.index] + v.fields.flatMap { sample($0.type, depth: depth + 1) }
        case .sequence(let e): return [4] + sample(e, depth: depth + 1)
        case .array(let n, let e): return (0..<n).flatMap { _ in sample(e, depth: depth + 1) }
        case .tuple(let elements): return elements.flatMap { sample($0, depth: depth + 1) }
        case .primitive(let p): return [UInt8](repeating: 0, count: [1, 4, 1, 1, 2, 4, 8, 16, 32, 1, 2, 4, 8, 16, 32][Int(p)])
        case .compact: return [0]
        case .bitSequence: return [0]
        }
    }
}
