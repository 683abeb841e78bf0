import SCALECodec

/// A scale-info primitive (`TypeDefPrimitive`), with its index in the metadata encoding.
public enum PrimitiveType: UInt8, Hashable, Sendable, SCALEEncodable {
    case bool = 0, char, str, u8, u16, u32, u64, u128, u256, i8, i16, i32, i64, i128, i256

    /// The Rust spelling (`u64`), used as a field's type name.
    public var rustName: String { String(describing: self) }

    public func encode(to encoder: inout SCALEEncoder) { encoder.encodeVariantIndex(rawValue) }
}
