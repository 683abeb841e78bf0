import Hashing
import SCALECodec

/// The bytes a sender signs: `call ‖ extra ‖ additional`, replaced by its BLAKE2b-256 hash when
/// longer than 256 bytes.
public enum SignaturePayload {
    /// The message to sign or verify for `call` with `extra` and `additional`.
    public static func message(call: [UInt8], extra: SignedExtra, additional: AdditionalSigned) -> [UInt8] {
        var encoder = SCALEEncoder()
        encoder.appendBytes(call)
        extra.encode(to: &encoder)
        additional.encode(to: &encoder)
        let payload = encoder.takeBytes()
        return payload.count > 256 ? Blake2b.hash256(payload) : payload
    }
}
