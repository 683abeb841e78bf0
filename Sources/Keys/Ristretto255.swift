import CSodium
import Hashing

/// The ristretto255 prime-order group (RFC 9496) over Curve25519, through libsodium: the
/// group sr25519 (schnorrkel) works in.
public enum Ristretto255 {
    /// The group order `L = 2^252 + 27742317777372353535851937790883648493`, little-endian.
    static let order: [UInt8] = [
        0xed, 0xd3, 0xf5, 0x5c, 0x1a, 0x63, 0x12, 0x58, 0xd6, 0x9c, 0xf7, 0xa2, 0xde, 0xf9, 0xde, 0x14,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x10,
    ]

    /// A scalar modulo `L`, 32 bytes little-endian, always canonical.
    public struct Scalar: Equatable, Sendable {
        /// The canonical little-endian encoding.
        public var bytes: [UInt8]

        /// Zero.
        public static let zero = Scalar(uncheckedBytes: [UInt8](repeating: 0, count: 32))

        init(uncheckedBytes: [UInt8]) { bytes = uncheckedBytes }

        /// Reduces 64 bytes modulo `L` (`from_bytes_mod_order_wide`).
        public init(reducingWide wide: [UInt8]) {
            precondition(wide.count == 64, "wide reduction needs 64 bytes")
            _ = Sodium.ready
            var out = [UInt8](repeating: 0, count: 32)
            crypto_core_ristretto255_scalar_reduce(&out, wide)
            bytes = out
        }

        /// Accepts 32 bytes only if they encode a value below `L`.
        public init?(canonical: [UInt8]) {
            guard canonical.count == 32, Scalar.isCanonical(canonical) else { return nil }
            bytes = canonical
        }

        /// Whether 32 little-endian bytes encode a value below `L`.
        static func isCanonical(_ s: [UInt8]) -> Bool {
            if s[31] & 0xf0 == 0 { return true }
            for i in stride(from: 31, through: 0, by: -1) {
                if s[i] < order[i] { return true }
                if s[i] > order[i] { return false }
            }
            return false  // equal to L
        }

        public static func + (a: Scalar, b: Scalar) -> Scalar {
            var out = [UInt8](repeating: 0, count: 32)
            crypto_core_ristretto255_scalar_add(&out, a.bytes, b.bytes)
            return Scalar(uncheckedBytes: out)
        }

        public static func * (a: Scalar, b: Scalar) -> Scalar {
            var out = [UInt8](repeating: 0, count: 32)
            crypto_core_ristretto255_scalar_mul(&out, a.bytes, b.bytes)
            return Scalar(uncheckedBytes: out)
        }

        /// Overwrites the scalar with zeros.
        public mutating func wipe() { Sodium.wipe(&bytes) }
    }

    /// A group element in its 32-byte compressed encoding. The identity encodes as 32 zeros.
    public struct Point: Equatable, Sendable {
        /// The canonical compressed encoding.
        public let bytes: [UInt8]

        /// The identity element.
        public static let identity = Point(uncheckedBytes: [UInt8](repeating: 0, count: 32))

        init(uncheckedBytes: [UInt8]) { bytes = uncheckedBytes }

        /// Accepts a 32-byte canonical encoding of a group element.
        public init?(encoding: [UInt8]) {
            _ = Sodium.ready
            guard encoding.count == 32 else { return nil }
            guard encoding == Point.identity.bytes || crypto_core_ristretto255_is_valid_point(encoding) == 1 else {
                return nil
            }
            bytes = encoding
        }

        /// `scalar · B` for the standard base point `B`.
        public static func base(times scalar: Scalar) -> Point {
            _ = Sodium.ready
            var out = [UInt8](repeating: 0, count: 32)
            // libsodium reports an identity result as an error; the identity encodes as zeros.
            if crypto_scalarmult_ristretto255_base(&out, scalar.bytes) != 0 { return .identity }
            return Point(uncheckedBytes: out)
        }

        /// `scalar · self`.
        public func times(_ scalar: Scalar) -> Point {
            if self == .identity { return .identity }
            var out = [UInt8](repeating: 0, count: 32)
            if crypto_scalarmult_ristretto255(&out, scalar.bytes, bytes) != 0 { return .identity }
            return Point(uncheckedBytes: out)
        }

        public static func + (a: Point, b: Point) -> Point {
            if a == .identity { return b }
            if b == .identity { return a }
            var out = [UInt8](repeating: 0, count: 32)
            _ = crypto_core_ristretto255_add(&out, a.bytes, b.bytes)
            return Point(uncheckedBytes: out)
        }

        public static func - (a: Point, b: Point) -> Point {
            if b == .identity { return a }
            var out = [UInt8](repeating: 0, count: 32)
            _ = crypto_core_ristretto255_sub(&out, a == .identity ? Point.identity.bytes : a.bytes, b.bytes)
            return Point(uncheckedBytes: out)
        }
    }
}
