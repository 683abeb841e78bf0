/// Base58 with the Bitcoin alphabet, the text form of SS58 addresses.
public enum Base58 {
    static let alphabet: [UInt8] = Array("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz".utf8)
    static let indices: [Int8] = {
        var table = [Int8](repeating: -1, count: 256)
        for (i, c) in alphabet.enumerated() { table[Int(c)] = Int8(i) }
        return table
    }()

    /// Encodes `bytes` (leading zero bytes become leading `1`s).
    public static func encode(_ bytes: [UInt8]) -> String {
        let zeros = bytes.prefix(while: { $0 == 0 }).count
        // log(256)/log(58) ≈ 1.37
        var digits = [UInt8](repeating: 0, count: (bytes.count - zeros) * 138 / 100 + 1)
        var length = 0
        for byte in bytes[zeros...] {
            var carry = Int(byte)
            var i = 0
            while carry != 0 || i < length {
                let index = digits.count - 1 - i
                carry += 256 * Int(digits[index])
                digits[index] = UInt8(carry % 58)
                carry /= 58
                i += 1
            }
            length = i
        }
        let significant = digits.suffix(length)
        var out = [UInt8](repeating: alphabet[0], count: zeros)
        out.reserveCapacity(zeros + length)
        for d in significant { out.append(alphabet[Int(d)]) }
        return String(decoding: out, as: UTF8.self)
    }

    /// Decodes `text`, or returns the offset of the first character outside the alphabet.
    public static func decode(_ text: String) -> Result<[UInt8], InvalidCharacter> {
        let utf8 = Array(text.utf8)
        let ones = utf8.prefix(while: { $0 == alphabet[0] }).count
        var bytes = [UInt8](repeating: 0, count: (utf8.count - ones) * 733 / 1000 + 1)
        var length = 0
        for (offset, c) in utf8.enumerated().dropFirst(ones) {
            let value = indices[Int(c)]
            guard value >= 0 else {
                return .failure(InvalidCharacter(character: Character(Unicode.Scalar(c)), offset: offset))
            }
            var carry = Int(value)
            var i = 0
            while carry != 0 || i < length {
                let index = bytes.count - 1 - i
                carry += 58 * Int(bytes[index])
                bytes[index] = UInt8(carry & 0xff)
                carry >>= 8
                i += 1
            }
            length = i
        }
        return .success([UInt8](repeating: 0, count: ones) + bytes.suffix(length))
    }

    /// A character that is not in the Base58 alphabet.
    public struct InvalidCharacter: Error, Equatable {
        public let character: Character
        public let offset: Int
    }
}
