/// Why a SCALE decode failed, with the type being decoded and the byte offset where it failed.
///
/// Every case can be pattern-matched. `description` is a single line naming what failed, the
/// type (as `String(describing:)` spells it) and the absolute offset into the decoder's input, e.g.
/// `unexpected end of input decoding UInt32 at offset 3: needed 4 bytes, 1 left`.
public enum SCALEDecodingError: Error, Hashable, Sendable {
    /// The input ended before `needed` bytes could be read; only `remaining` were left.
    case unexpectedEndOfInput(type: String, offset: Int, needed: Int, remaining: Int)
    /// A whole-buffer decode finished at `offset` with `count` unread bytes left.
    case trailingBytes(type: String, offset: Int, count: Int)
    /// A `bool` byte other than `0x00` or `0x01`.
    case invalidBool(byte: UInt8, offset: Int)
    /// An enum, `Option`, `Result` or `OptionBool` tag that names no variant of `type`.
    case invalidVariantIndex(type: String, index: UInt8, offset: Int)
    /// A compact integer encoded in a longer mode than its value needs (`encodedLength` bytes);
    /// parity-scale-codec rejects these so that every value has exactly one encoding.
    case nonCanonicalCompact(type: String, offset: Int, value: UInt128, encodedLength: Int)
    /// A compact integer (or the byte length its prefix announces) too large for the target type.
    case compactOutOfRange(type: String, offset: Int, encodedLength: Int)
    /// A collection length prefix that cannot be satisfied: larger than `UInt32.max` (the
    /// limit parity-scale-codec uses for lengths) or needing more than the `remaining` bytes.
    case lengthOutOfRange(type: String, offset: Int, length: UInt64, remaining: Int)
    /// String bytes starting at `offset` that are not valid UTF-8.
    case invalidUTF8(type: String, offset: Int, byteCount: Int)
    /// A value that decoded structurally but was rejected by the type itself.
    case invalidValue(type: String, offset: Int, reason: String)
}

extension SCALEDecodingError: CustomStringConvertible {
    /// One line: what failed, the type, the byte offset, and the detail.
    public var description: String {
        let text: String
        switch self {
        case let .unexpectedEndOfInput(type, offset, needed, remaining):
            let unit = needed == 1 ? "byte" : "bytes"
            text = "unexpected end of input decoding \(type) at offset \(offset): needed \(needed) \(unit), \(remaining) left"
        case let .trailingBytes(type, offset, count):
            let unit = count == 1 ? "byte" : "bytes"
            text = "trailing bytes after decoding \(type) at offset \(offset): \(count) \(unit) unread"
        case let .invalidBool(byte, offset):
            text = "invalid bool byte decoding Bool at offset \(offset): 0x\(Self.hex(byte)), expected 0x00 or 0x01"
        case let .invalidVariantIndex(type, index, offset):
            text = "invalid variant index decoding \(type) at offset \(offset): \(index) names no variant"
        case let .nonCanonicalCompact(type, offset, value, encodedLength):
            let minimal = SCALEEncoder.compactLength(of: value)
            text = "non-canonical compact decoding \(type) at offset \(offset): value \(value) encoded in \(encodedLength) bytes, canonical form has \(minimal)"
        case let .compactOutOfRange(type, offset, encodedLength):
            text = "compact out of range decoding \(type) at offset \(offset): a \(encodedLength)-byte compact does not fit the target type"
        case let .lengthOutOfRange(type, offset, length, remaining):
            if length > UInt64(UInt32.max) {
                text = "length out of range decoding \(type) at offset \(offset): \(length) exceeds the UInt32.max limit on lengths"
            } else {
                let unit = remaining == 1 ? "byte" : "bytes"
                text = "length out of range decoding \(type) at offset \(offset): \(length) elements cannot fit in the \(remaining) \(unit) left"
            }
        case let .invalidUTF8(type, offset, byteCount):
            text = "invalid UTF-8 decoding \(type) at offset \(offset): the \(byteCount) string bytes are not valid UTF-8"
        case let .invalidValue(type, offset, reason):
            text = "invalid value decoding \(type) at offset \(offset): \(reason)"
        }
        return Self.singleLine(text)
    }

    /// The offset named in the error.
    public var offset: Int {
        switch self {
        case let .unexpectedEndOfInput(_, offset, _, _), let .trailingBytes(_, offset, _),
            let .invalidBool(_, offset), let .invalidVariantIndex(_, _, offset),
            let .nonCanonicalCompact(_, offset, _, _), let .compactOutOfRange(_, offset, _),
            let .lengthOutOfRange(_, offset, _, _), let .invalidUTF8(_, offset, _),
            let .invalidValue(_, offset, _):
            return offset
        }
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789abcdef")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0f)]])
    }

    /// Replaces line breaks (which could arrive through a custom `reason` or type name).
    private static func singleLine(_ text: String) -> String {
        guard text.contains(where: \.isNewline) else { return text }
        return String(text.map { $0.isNewline ? " " : $0 })
    }
}
