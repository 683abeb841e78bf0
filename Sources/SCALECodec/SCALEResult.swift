/// Rust's `Result<T, E>` for SCALE: tag `0x00` then the `Ok` value, or `0x01` then the `Err` value.
///
/// Swift's `Result` requires `Failure: Error`, which wire types such as `u8` are not; use this
/// enum for those. Swift's own `Result` also conforms when both sides are codable.
public enum SCALEResult<Ok, Err> {
    /// Variant index 0.
    case ok(Ok)
    /// Variant index 1.
    case err(Err)
}

extension SCALEResult: Equatable where Ok: Equatable, Err: Equatable {}
extension SCALEResult: Hashable where Ok: Hashable, Err: Hashable {}
extension SCALEResult: Sendable where Ok: Sendable, Err: Sendable {}

extension SCALEResult where Err: Error {
    /// Converts a Swift `Result`.
    @inlinable
    public init(_ result: Result<Ok, Err>) {
        switch result {
        case .success(let value): self = .ok(value)
        case .failure(let error): self = .err(error)
        }
    }

    /// This value as a Swift `Result`.
    @inlinable
    public var result: Result<Ok, Err> {
        switch self {
        case .ok(let value): .success(value)
        case .err(let error): .failure(error)
        }
    }
}

extension SCALEResult: SCALEEncodable where Ok: SCALEEncodable, Err: SCALEEncodable {
    @inlinable
    public func encode(to encoder: inout SCALEEncoder) {
        switch self {
        case .ok(let value):
            encoder.encodeVariantIndex(0)
            value.encode(to: &encoder)
        case .err(let error):
            encoder.encodeVariantIndex(1)
            error.encode(to: &encoder)
        }
    }
}

extension SCALEResult: SCALEDecodable where Ok: SCALEDecodable, Err: SCALEDecodable {
    @inlinable
    public init(from decoder: inout SCALEDecoder) throws {
        switch try decoder.decodeVariantIndex(of: Self.self) {
        case 0: self = .ok(try Ok(from: &decoder))
        case 1: self = .err(try Err(from: &decoder))
        case let index: throw decoder.invalidVariantIndex(index, of: Self.self)
        }
    }

    @inlinable
    public static var scaleMinimumEncodedLength: Int { 1 }
}
