/// Hexadecimal text ↔ bytes, as Substrate tools print them (`0x`-prefixed lower case).
public enum Hex {
    /// Why a hex string was rejected.
    public enum DecodingError: Error, Equatable, CustomStringConvertible {
        case oddLength(Int)
        case invalidCharacter(Character, offset: Int)
        case wrongLength(expected: Int, actual: Int)

        public var description: String {
            switch self {
            case .oddLength(let n):
                return "invalid hex: odd number of digits (\(n))"
            case .invalidCharacter(let c, let offset):
                return "invalid hex: character '\(c)' at position \(offset) is not a hex digit"
            case .wrongLength(let expected, let actual):
                return "invalid hex: expected \(expected) bytes, got \(actual)"
            }
        }
    }

    /// Decodes `text` (an optional `0x`/`0X` prefix is allowed).
    public static func decode(_ text: String) throws(DecodingError) -> [UInt8] {
        var utf8 = Array(text.utf8)
        var base = 0
        if utf8.count >= 2, utf8[0] == UInt8(ascii: "0"), utf8[1] == UInt8(ascii: "x") || utf8[1] == UInt8(ascii: "X") {
            utf8.removeFirst(2)
            base = 2
        }
        guard utf8.count % 2 == 0 else { throw .oddLength(utf8.count) }
        var out = [UInt8]()
        out.reserveCapacity(utf8.count / 2)
        var i = 0
        while i < utf8.count {
            guard let hi = nibble(utf8[i]) else { throw .invalidCharacter(Character(Unicode.Scalar(utf8[i])), offset: base + i) }
            guard let lo = nibble(utf8[i + 1]) else {
                throw .invalidCharacter(Character(Unicode.Scalar(utf8[i + 1])), offset: base + i + 1)
            }
            out.append(hi << 4 | lo)
            i += 2
        }
        return out
    }

    /// Decodes `text` and requires exactly `length` bytes.
    public static func decode(_ text: String, length: Int) throws(DecodingError) -> [UInt8] {
        let bytes = try decode(text)
        guard bytes.count == length else { throw .wrongLength(expected: length, actual: bytes.count) }
        return bytes
    }

    /// Lower-case hex of `bytes`, with a `0x` prefix when `prefixed`.
    public static func encode<C: Collection>(_ bytes: C, prefixed: Bool = false) -> String where C.Element == UInt8 {
        var utf8 = [UInt8]()
        utf8.reserveCapacity(bytes.count * 2 + 2)
        if prefixed { utf8 += [UInt8(ascii: "0"), UInt8(ascii: "x")] }
        for b in bytes {
            utf8.append(digits[Int(b >> 4)])
            utf8.append(digits[Int(b & 0x0f)])
        }
        return String(decoding: utf8, as: UTF8.self)
    }

    private static let digits: [UInt8] = Array("0123456789abcdef".utf8)

    private static func nibble(_ c: UInt8) -> UInt8? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return c - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return c - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return c - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}
