import Hashing
import SCALECodec

/// One step of a derivation path (`//hard` or `/soft`) with its 32-byte chain code, as
/// `sp_core::DeriveJunction` computes it: a decimal that fits `u64` becomes its 8-byte
/// little-endian encoding, anything else its SCALE string encoding; data longer than 32 bytes is
/// replaced by its BLAKE2b-256 hash, shorter data is zero-padded.
public struct DeriveJunction: Equatable, Sendable, CustomStringConvertible {
    /// The 32-byte chain code.
    public let chainCode: [UInt8]
    /// Whether the junction is hard (`//`).
    public let isHard: Bool
    /// The junction text as written (without slashes).
    public let text: String

    /// Builds the junction for `text`.
    public init(_ text: String, hard: Bool) {
        self.text = text
        self.isHard = hard
        var data: [UInt8]
        if !text.hasPrefix("-"), let number = UInt64(text) {
            data = withUnsafeBytes(of: number.littleEndian) { Array($0) }
        } else {
            var encoder = SCALEEncoder()
            encoder.encode(text)
            data = encoder.bytes
        }
        if data.count > 32 {
            chainCode = Blake2b.hash256(data)
        } else {
            chainCode = data + [UInt8](repeating: 0, count: 32 - data.count)
        }
    }

    public var description: String { (isHard ? "//" : "/") + text }
}
