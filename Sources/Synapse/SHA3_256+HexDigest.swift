import Hashing
import Primitives

extension SHA3_256 {
    /// Lower-case hex of the digest of `text`'s UTF-8 bytes: `hashlib.sha3_256(text.encode()).hexdigest()`.
    public static func hexDigest(_ text: String) -> String {
        var text = text
        return text.withUTF8 { Hex.encode(hash(UnsafeRawBufferPointer($0))) }
    }
}
