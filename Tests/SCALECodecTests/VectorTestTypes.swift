import SCALECodec

// Swift counterparts of the vector types that have no direct Swift spelling.

/// The number of elements of a `FixedArray`.
protocol FixedCount { static var count: Int { get } }
enum Two: FixedCount { static let count = 2 }
enum Three: FixedCount { static let count = 3 }
enum Four: FixedCount { static let count = 4 }
enum ThirtyTwo: FixedCount { static let count = 32 }

/// `[Element; Count]`: elements with no length prefix.
struct FixedArray<Element: SCALECodable & Equatable, Count: FixedCount>: SCALECodable, Equatable {
    var elements: [Element]

    init(_ elements: [Element]) throws {
        guard elements.count == Count.count else {
            throw VectorShapeError(description: "expected \(Count.count) elements, got \(elements.count)")
        }
        self.elements = elements
    }

    func encode(to encoder: inout SCALEEncoder) {
        encoder.encodeFixedArray(elements)
    }

    init(from decoder: inout SCALEDecoder) throws {
        if Element.self == UInt8.self {
            elements = try decoder.decodeFixedBytes(Count.count) as! [Element]
        } else {
            elements = try decoder.decodeFixedArray(of: Element.self, count: Count.count)
        }
    }
}

/// `(u8, u16, u32)`.
struct Triple: SCALECodable, Equatable {
    var a: UInt8
    var b: UInt16
    var c: UInt32

    init(_ a: UInt8, _ b: UInt16, _ c: UInt32) {
        (self.a, self.b, self.c) = (a, b, c)
    }

    func encode(to encoder: inout SCALEEncoder) {
        encoder.encodeTuple(a, b, c)
    }

    init(from decoder: inout SCALEDecoder) throws {
        (a, b, c) = try decoder.decodeTuple(UInt8.self, UInt16.self, UInt32.self)
    }
}

/// `(bool, String, Compact<u64>)`.
struct MixedTuple: SCALECodable, Equatable {
    var flag: Bool
    var name: String
    var amount: Compact<UInt64>

    init(_ flag: Bool, _ name: String, _ amount: Compact<UInt64>) {
        (self.flag, self.name, self.amount) = (flag, name, amount)
    }

    func encode(to encoder: inout SCALEEncoder) {
        encoder.encodeTuple(flag, name, amount)
    }

    init(from decoder: inout SCALEDecoder) throws {
        (flag, name, amount) = try decoder.decodeTuple(Bool.self, String.self, Compact<UInt64>.self)
    }
}

/// Unit-only enum with explicit, sparse indices (Alpha=0, Beta=3, Gamma=7, Omega=255).
enum SparseEnum: UInt8, SCALECodable, Equatable, CaseIterable {
    case alpha = 0
    case beta = 3
    case gamma = 7
    case omega = 255

    func encode(to encoder: inout SCALEEncoder) {
        encoder.encodeVariantIndex(rawValue)
    }

    init(from decoder: inout SCALEDecoder) throws {
        let index = try decoder.decodeVariantIndex(of: SparseEnum.self, allowed: Self.allCases.map(\.rawValue))
        self = SparseEnum(rawValue: index)!
    }

    static var scaleMinimumEncodedLength: Int { 1 }
}

/// Enum with payloads: Empty=0, Number(u32)=1, Pair(u8, u16)=2, Text(String)=3, Nested(Vec<Option<u32>>)=6.
enum PayloadEnum: SCALECodable, Equatable {
    case empty
    case number(UInt32)
    case pair(UInt8, UInt16)
    case text(String)
    case nested([UInt32?])

    func encode(to encoder: inout SCALEEncoder) {
        switch self {
        case .empty:
            encoder.encodeVariantIndex(0)
        case .number(let value):
            encoder.encodeVariantIndex(1)
            encoder.encode(value)
        case .pair(let first, let second):
            encoder.encodeVariantIndex(2)
            encoder.encodeTuple(first, second)
        case .text(let value):
            encoder.encodeVariantIndex(3)
            encoder.encode(value)
        case .nested(let values):
            encoder.encodeVariantIndex(6)
            encoder.encode(values)
        }
    }

    init(from decoder: inout SCALEDecoder) throws {
        switch try decoder.decodeVariantIndex(of: PayloadEnum.self) {
        case 0: self = .empty
        case 1: self = .number(try decoder.decode())
        case 2:
            let (first, second) = try decoder.decodeTuple(UInt8.self, UInt16.self)
            self = .pair(first, second)
        case 3: self = .text(try decoder.decode())
        case 6: self = .nested(try decoder.decode())
        case let index: throw decoder.invalidVariantIndex(index, of: PayloadEnum.self)
        }
    }

    static var scaleMinimumEncodedLength: Int { 1 }
}
