extension SIMD8<UInt32> {
    /// Each lane with its bytes reversed.
    @inline(__always)
    var byteSwapped: Self {
        let mask = Self(repeating: 0x00ff_00ff)
        let swappedBytes = ((self & mask) &<< 8) | ((self &>> 8) & mask)
        return (swappedBytes &<< 16) | (swappedBytes &>> 16)
    }
}

extension SIMD8<UInt64> {
    /// Each lane with its bytes reversed.
    @inline(__always)
    var byteSwapped: Self {
        let bytes = Self(repeating: 0x00ff_00ff_00ff_00ff)
        let halves = Self(repeating: 0x0000_ffff_0000_ffff)
        var x = ((self & bytes) &<< 8) | ((self &>> 8) & bytes)
        x = ((x & halves) &<< 16) | ((x &>> 16) & halves)
        return (x &<< 32) | (x &>> 32)
    }
}
