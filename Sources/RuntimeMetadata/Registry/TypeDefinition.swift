import SCALECodec

/// How a type is encoded: scale-info's `TypeDef`, with the variant indices of the metadata format.
public enum TypeDefinition: Hashable, Sendable, SCALEEncodable {
    /// A struct or tuple struct: the fields in order.
    case composite([TypeField])
    /// An enum: a variant index byte, then that variant's fields.
    case variant([TypeVariant])
    /// `Vec<T>`: a compact length, then the elements.
    case sequence(TypeID)
    /// `[T; N]`: `N` elements, no length prefix.
    case array(length: UInt32, element: TypeID)
    /// `(A, B, …)`: the elements in order; `()` is the empty tuple.
    case tuple([TypeID])
    case primitive(PrimitiveType)
    /// `Compact<T>`.
    case compact(TypeID)
    /// `BitVec<Store, Order>`.
    case bitSequence(store: TypeID, order: TypeID)

    /// The types this definition refers to.
    public var referencedTypes: [TypeID] {
        switch self {
        case .composite(let fields): return fields.map(\.type)
        case .variant(let variants): return variants.flatMap { $0.fields.map(\.type) }
        case .sequence(let element), .array(_, let element), .compact(let element): return [element]
        case .tuple(let elements): return elements
        case .primitive: return []
        case .bitSequence(let store, let order): return [store, order]
        }
    }

    public func encode(to encoder: inout SCALEEncoder) {
        switch self {
        case .composite(let fields):
            encoder.encodeVariantIndex(0)
            encoder.encode(fields)
        case .variant(let variants):
            encoder.encodeVariantIndex(1)
            encoder.encode(variants)
        case .sequence(let element):
            encoder.encodeVariantIndex(2)
            encoder.encodeCompact(element)
        case .array(let length, let element):
            encoder.encodeVariantIndex(3)
            encoder.encode(length)
            encoder.encodeCompact(element)
        case .tuple(let elements):
            encoder.encodeVariantIndex(4)
            encoder.encodeCompactLength(elements.count)
            for element in elements { encoder.encodeCompact(element) }
        case .primitive(let primitive):
            encoder.encodeVariantIndex(5)
            encoder.encode(primitive)
        case .compact(let inner):
            encoder.encodeVariantIndex(6)
            encoder.encodeCompact(inner)
        case .bitSequence(let store, let order):
            encoder.encodeVariantIndex(7)
            encoder.encodeCompact(store)
            encoder.encodeCompact(order)
        }
    }
}
