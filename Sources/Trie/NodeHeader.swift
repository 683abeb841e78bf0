import SCALECodec

/// The first byte(s) of an encoded trie node: its kind and the length of its partial key in
/// nibbles (sp-trie's `NodeHeader`).
///
/// The kind sits in the high bits of the first byte and the nibble count in the remaining low
/// bits:
///
/// | kind                                  | high bits   | bits for the count | count field max |
/// |---------------------------------------|-------------|--------------------|-----------------|
/// | empty trie                            | `0000_0000` | (whole byte is 0)  | –               |
/// | leaf                                  | `01`        | 6                  | 63              |
/// | branch without value                  | `10`        | 6                  | 63              |
/// | branch with value                     | `11`        | 6                  | 63              |
/// | leaf with hashed value (V1)           | `001`       | 5                  | 31              |
/// | branch with hashed value (V1)         | `0001`      | 4                  | 15              |
///
/// A count below the field's maximum is written in the field. Otherwise the field holds its
/// maximum `m`, and `count - m` follows as a run of continuation bytes: `0xff` while at least
/// 255 remain, then the remainder (possibly `0x00`). So with a 6-bit field, 62 nibbles is the
/// single byte `prefix | 62`, 63 is `prefix | 63, 0x00`, 64 is `prefix | 63, 0x01`, and
/// 318 is `prefix | 63, 0xff, 0x00`.
public enum NodeHeader: Hashable, Sendable {
    /// The empty trie's only node, the single byte `0x00`.
    case empty
    /// A leaf whose value is stored inline.
    case leaf(nibbleCount: Int)
    /// A branch; `hasValue` tells whether an inline value follows the children bitmap.
    case branch(hasValue: Bool, nibbleCount: Int)
    /// A leaf whose value is stored as its 32-byte hash (layout V1, values ≥ 33 bytes).
    case hashedValueLeaf(nibbleCount: Int)
    /// A branch whose value is stored as its 32-byte hash (layout V1, values ≥ 33 bytes).
    case hashedValueBranch(nibbleCount: Int)

    /// The node kind's prefix bits and how many high bits they occupy.
    var prefix: (bits: UInt8, width: Int) {
        switch self {
        case .empty: return (0x00, 8)
        case .leaf: return (0b01 << 6, 2)
        case .branch(hasValue: false, _): return (0b10 << 6, 2)
        case .branch(hasValue: true, _): return (0b11 << 6, 2)
        case .hashedValueLeaf: return (0b001 << 5, 3)
        case .hashedValueBranch: return (0b0001 << 4, 4)
        }
    }

    /// The partial key length in nibbles (0 for `.empty`).
    public var nibbleCount: Int {
        switch self {
        case .empty: return 0
        case .leaf(let count), .branch(_, let count), .hashedValueLeaf(let count),
            .hashedValueBranch(let count):
            return count
        }
    }

    /// Whether the node's value, if any, is stored as a hash.
    public var hasHashedValue: Bool {
        switch self {
        case .hashedValueLeaf, .hashedValueBranch: return true
        default: return false
        }
    }

    /// Appends the header bytes.
    ///
    /// - Complexity: O(1 + nibbleCount / 255).
    public func encode(to encoder: inout SCALEEncoder) {
        let (bits, width) = prefix
        guard width < 8 else {
            encoder.appendByte(bits)
            return
        }
        let count = nibbleCount
        precondition(count >= 0, "negative nibble count")
        let fieldMax = Int(UInt8.max >> UInt8(width))
        if count < fieldMax {
            encoder.appendByte(bits | UInt8(count))
            return
        }
        encoder.appendByte(bits | UInt8(fieldMax))
        var remaining = count - fieldMax
        while remaining >= 255 {
            encoder.appendByte(255)
            remaining -= 255
        }
        encoder.appendByte(UInt8(remaining))
    }

    /// The header bytes on their own.
    public var encoded: [UInt8] {
        var encoder = SCALEEncoder(reservingCapacity: 4)
        encode(to: &encoder)
        return encoder.takeBytes()
    }

    /// Reads a header, rejecting the bit patterns sp-trie rejects (`0b0000_xxxx` other than the
    /// empty node).
    ///
    /// - Throws: `SCALEDecodingError` when the input ends early or the first byte names no kind.
    public init(from decoder: inout SCALEDecoder) throws(SCALEDecodingError) {
        let first = try decoder.readByte(decoding: NodeHeader.self)
        if first == 0 {
            self = .empty
            return
        }
        switch first >> 6 {
        case 0b01: self = .leaf(nibbleCount: try Self.decodeCount(first, width: 2, from: &decoder))
        case 0b10:
            self = .branch(hasValue: false, nibbleCount: try Self.decodeCount(first, width: 2, from: &decoder))
        case 0b11:
            self = .branch(hasValue: true, nibbleCount: try Self.decodeCount(first, width: 2, from: &decoder))
        default:
            if first >> 5 == 0b001 {
                self = .hashedValueLeaf(nibbleCount: try Self.decodeCount(first, width: 3, from: &decoder))
            } else if first >> 4 == 0b0001 {
                self = .hashedValueBranch(nibbleCount: try Self.decodeCount(first, width: 4, from: &decoder))
            } else {
                throw .invalidVariantIndex(type: "NodeHeader", index: first, offset: decoder.offset - 1)
            }
        }
    }

    private static func decodeCount(
        _ first: UInt8, width: Int, from decoder: inout SCALEDecoder
    ) throws(SCALEDecodingError) -> Int {
        let fieldMax = Int(UInt8.max >> UInt8(width))
        var count = Int(first) & fieldMax
        guard count == fieldMax else { return count }
        while true {
            let next = try decoder.readByte(decoding: NodeHeader.self)
            count += Int(next)
            if next < 255 { return count }
        }
    }
}
