/// An optional `Bool` in SCALE's one-byte form: `0x00` none, `0x01` true, `0x02` false.
///
/// Swift cannot specialise `Optional<Bool>`'s conformance, and Rust does not either: in
/// parity-scale-codec a plain `Option<bool>` is the generic two-byte encoding (`0x01 0x01` for
/// `Some(true)`), and the one-byte form exists only as the `OptionBool` shim type. This mirrors it:
/// `Bool?` encodes like Rust's `Option<bool>`, `OptionBool` like Rust's `OptionBool`.
public struct OptionBool: Hashable, Sendable {
    /// The wrapped optional.
    public var value: Bool?

    /// Wraps `value`.
    @inlinable
    public init(_ value: Bool?) {
        self.value = value
    }
}

extension OptionBool: ExpressibleByNilLiteral, ExpressibleByBooleanLiteral {
    @inlinable
    public init(nilLiteral: ()) { self.init(nil) }

    @inlinable
    public init(booleanLiteral value: Bool) { self.init(value) }
}

extension OptionBool: CustomStringConvertible {
    public var description: String { value.map { "OptionBool(\($0))" } ?? "OptionBool(nil)" }
}

extension OptionBool: SCALEEncodable {
    @inlinable
    public func encode(to encoder: inout SCALEEncoder) {
        encoder.encodeOptionBool(value)
    }
}

extension OptionBool: SCALEDecodable {
    @inlinable
    public init(from decoder: inout SCALEDecoder) throws {
        self.init(try decoder.decodeOptionBool())
    }

    @inlinable
    public static var scaleMinimumEncodedLength: Int { 1 }
}

extension SCALEEncoder {
    /// Appends `value` in the one-byte `OptionBool` form: 0 none, 1 true, 2 false.
    @inlinable
    public mutating func encodeOptionBool(_ value: Bool?) {
        switch value {
        case .none: appendByte(0)
        case .some(true): appendByte(1)
        case .some(false): appendByte(2)
        }
    }
}

extension SCALEDecoder {
    /// Reads the one-byte `OptionBool` form: 0 none, 1 true, 2 false.
    @inlinable
    public mutating func decodeOptionBool() throws(SCALEDecodingError) -> Bool? {
        switch try decodeVariantIndex(of: OptionBool.self) {
        case 0: return nil
        case 1: return true
        case 2: return false
        case let index: throw invalidVariantIndex(index, of: OptionBool.self)
        }
    }
}
