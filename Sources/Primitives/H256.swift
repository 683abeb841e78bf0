import SCALECodec

/// A 32-byte hash (block hashes, state roots, extrinsic hashes), shown as `0x…` hex.
public struct H256: Hashable, Comparable, Sendable, CustomStringConvertible, SCALECodable {
    /// The 32 bytes.
    public let bytes: [UInt8]

    /// All zeros (the parent of the genesis block).
    public static let zero = H256(uncheckedBytes: [UInt8](repeating: 0, count: 32))

    init(uncheckedBytes: [UInt8]) { bytes = uncheckedBytes }

    /// Wraps 32 bytes; `nil` for any other length.
    public init?(bytes: [UInt8]) {
        guard bytes.count == 32 else { return nil }
        self.bytes = bytes
    }

    /// Parses `0x`-prefixed (or bare) hex of 32 bytes.
    public init(hex: String) throws(Hex.DecodingError) {
        bytes = try Hex.decode(hex, length: 32)
    }

    public var description: String { Hex.encode(bytes, prefixed: true) }

    public static func < (a: H256, b: H256) -> Bool { a.bytes.lexicographicallyPrecedes(b.bytes) }

    public func encode(to encoder: inout SCALEEncoder) { encoder.appendBytes(bytes) }

    public init(from decoder: inout SCALEDecoder) throws {
        bytes = try decoder.decodeFixedBytes(32)
    }

    public static var scaleMinimumEncodedLength: Int { 32 }
}
