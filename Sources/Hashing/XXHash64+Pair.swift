extension XXHash64 {
    /// XXH64 of the same input under two seeds in one pass (the two halves of `twox128`,
    /// or of `twox256` with seeds 2 and 3). Equal to two calls of `hash(_:seed:)`.
    @inlinable
    public static func hashPair(_ buffer: UnsafeRawBufferPointer, seeds: (UInt64, UInt64)) -> (UInt64, UInt64) {
        let count = buffer.count
        var offset = 0
        var h: UInt64
        var g: UInt64
        @inline(__always) func read64(_ at: Int) -> UInt64 {
            buffer.loadUnaligned(fromByteOffset: at, as: UInt64.self).littleEndian
        }
        let (s, t) = seeds
        if count >= 32 {
            var v1 = s &+ prime1 &+ prime2, w1 = t &+ prime1 &+ prime2
            var v2 = s &+ prime2, w2 = t &+ prime2
            var v3 = s, w3 = t
            var v4 = s &- prime1, w4 = t &- prime1
            while count - offset >= 32 {
                let x1 = read64(offset), x2 = read64(offset + 8), x3 = read64(offset + 16), x4 = read64(offset + 24)
                v1 = round(v1, x1); w1 = round(w1, x1)
                v2 = round(v2, x2); w2 = round(w2, x2)
                v3 = round(v3, x3); w3 = round(w3, x3)
                v4 = round(v4, x4); w4 = round(w4, x4)
                offset += 32
            }
            h = rotl(v1, 1) &+ rotl(v2, 7) &+ rotl(v3, 12) &+ rotl(v4, 18)
            g = rotl(w1, 1) &+ rotl(w2, 7) &+ rotl(w3, 12) &+ rotl(w4, 18)
            h = merge(merge(merge(merge(h, v1), v2), v3), v4)
            g = merge(merge(merge(merge(g, w1), w2), w3), w4)
        } else {
            h = s &+ prime5
            g = t &+ prime5
        }
        h = h &+ UInt64(count)
        g = g &+ UInt64(count)
        while count - offset >= 8 {
            let k = round(0, read64(offset))
            h = rotl(h ^ k, 27) &* prime1 &+ prime4
            g = rotl(g ^ k, 27) &* prime1 &+ prime4
            offset += 8
        }
        if count - offset >= 4 {
            let k = UInt64(buffer.loadUnaligned(fromByteOffset: offset, as: UInt32.self).littleEndian) &* prime1
            h = rotl(h ^ k, 23) &* prime2 &+ prime3
            g = rotl(g ^ k, 23) &* prime2 &+ prime3
            offset += 4
        }
        while offset < count {
            let k = UInt64(buffer[offset]) &* prime5
            h = rotl(h ^ k, 11) &* prime1
            g = rotl(g ^ k, 11) &* prime1
            offset += 1
        }
        return (avalanche(h), avalanche(g))
    }

    @inlinable @inline(__always)
    static func avalanche(_ value: UInt64) -> UInt64 {
        var h = value
        h ^= h &>> 33
        h = h &* prime2
        h ^= h &>> 29
        h = h &* prime3
        h ^= h &>> 32
        return h
    }
}
