import RuntimeSupport
import SCALECodec

/// `DispatchResult` as events carry it (`Sudid`): `0x00` for Ok, `0x01` and the error otherwise.
public struct DispatchOutcome: Equatable, Sendable, SCALEEncodable {
    /// The error, or `nil` for success.
    public var error: DispatchError?

    public init(_ error: DispatchError?) { self.error = error }

    /// Success.
    public static let ok = DispatchOutcome(nil)

    public func encode(to encoder: inout SCALEEncoder) {
        if let error {
            encoder.encodeVariantIndex(1)
            encoder.encode(error)
        } else {
            encoder.encodeVariantIndex(0)
        }
    }
}
