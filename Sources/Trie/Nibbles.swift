import SCALECodec

/// Nibble arithmetic for the radix-16 trie.
///
/// A key of `n` bytes is a path of `2n` nibbles, high nibble first: `0xa7` is the path `a, 7`.
/// Byte order and nibble order agree, so sorting keys as bytes sorts their paths.
///
/// A partial key is packed for the node codec as sp-trie does: an odd-length partial key puts its
/// first nibble alone in the low half of the first byte (the high half stays 0), and the rest
/// follows two nibbles per byte. `[a]` packs to `0a`, `[a, 7]` to `a7`, `[1, 2, 3]` to `01 23`.
enum Nibbles {
    /// Nibble `index` of a byte key.
    @inline(__always)
    static func at(_ index: Int, in key: [UInt8]) -> UInt8 {
        let byte = key[index &>> 1]
        return index & 1 == 0 ? byte &>> 4 : byte & 0x0f
    }

    /// Nibbles `start ..< end` of `key` (by default all of them from `start` on), one nibble per
    /// element.
    static func unpack(_ key: [UInt8], from start: Int = 0, to end: Int? = nil) -> [UInt8] {
        let end = end ?? key.count * 2
        guard start < end else { return [] }
        return [UInt8](unsafeUninitializedCapacity: end - start) { buffer, initialized in
            for index in start..<end {
                buffer[index - start] = at(index, in: key)
            }
            initialized = end - start
        }
    }

    /// Packs an even number of nibbles back into bytes.
    static func pack<C: Collection>(_ nibbles: C) -> [UInt8] where C.Element == UInt8 {
        precondition(nibbles.count % 2 == 0, "a key has an even number of nibbles")
        var bytes: [UInt8] = []
        bytes.reserveCapacity(nibbles.count / 2)
        var high: UInt8 = 0
        var isHigh = true
        for nibble in nibbles {
            if isHigh {
                high = nibble &<< 4
            } else {
                bytes.append(high | nibble)
            }
            isHigh.toggle()
        }
        return bytes
    }

    /// The number of bytes a packed partial key of `count` nibbles takes.
    @inline(__always)
    static func packedCount(_ count: Int) -> Int { (count + 1) / 2 }

    /// Appends a partial key given as one nibble per element, packed for the codec.
    static func appendPartial<C: Collection>(_ nibbles: C, to encoder: inout SCALEEncoder)
    where C.Element == UInt8 {
        var iterator = nibbles.makeIterator()
        if nibbles.count % 2 == 1, let first = iterator.next() {
            encoder.appendByte(first)
        }
        while let high = iterator.next(), let low = iterator.next() {
            encoder.appendByte(high &<< 4 | low)
        }
    }

    /// Appends nibbles `start ..< end` of a byte key as a packed partial key, copying whole
    /// bytes when the nibbles are byte-aligned.
    static func appendPartial(of key: [UInt8], from start: Int, to end: Int, to encoder: inout SCALEEncoder) {
        var index = start
        if (end - index) % 2 == 1 {
            encoder.appendByte(at(index, in: key))
            index += 1
        }
        if index & 1 == 0 {
            encoder.appendBytes(key[(index >> 1)..<(end >> 1)])
        } else {
            while index < end {
                encoder.appendByte((key[index >> 1] & 0x0f) &<< 4 | key[(index >> 1) + 1] &>> 4)
                index += 2
            }
        }
    }

    /// The length in nibbles of the common prefix of two byte keys, given that they agree on
    /// their first `start` nibbles.
    static func commonPrefix(_ a: [UInt8], _ b: [UInt8], from start: Int) -> Int {
        let shorter = min(a.count, b.count)
        var index = start
        if index & 1 == 1 {
            guard index < shorter * 2, at(index, in: a) == at(index, in: b) else { return index }
            index += 1
        }
        var byte = index >> 1
        while byte < shorter && a[byte] == b[byte] { byte += 1 }
        if byte < shorter && a[byte] &>> 4 == b[byte] &>> 4 { return byte * 2 + 1 }
        return byte * 2
    }

    /// The length of the common prefix of a nibble array and the nibbles of `key` from `start`.
    static func commonPrefix(partial: [UInt8], key: [UInt8], from start: Int) -> Int {
        let available = min(partial.count, key.count * 2 - start)
        var length = 0
        while length < available && partial[length] == at(start + length, in: key) { length += 1 }
        return length
    }
}
