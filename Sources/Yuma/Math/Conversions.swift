import Primitives

extension YumaMath {
    /// `I32F32::from_num(x) / I32F32::from_num(u16::MAX)` (`u16_proportion_to_fixed`, math.rs:43):
    /// `floor(x · 2^32 / 65535)` bits; 65535 maps to exactly one.
    @inlinable public static func u16ProportionToFixed(_ x: UInt16) -> I32F32 {
        I32F32(x) / I32F32(UInt16.max)
    }

    /// `(x * 65535).to_num::<u16>()` (`fixed_proportion_to_u16`, math.rs:48): the floor, so one
    /// maps to 65535 and one ulp below it to 65534. Wraps above `65536 / 65535`, as the chain does.
    @inlinable public static func fixedProportionToU16(_ x: I32F32) -> UInt16 {
        (x * I32F32(UInt16.max)).toNum(UInt16.self)
    }

    /// Scales the vector so its largest entry becomes 65535 (`vec_max_upscale_to_u16`, math.rs:88).
    ///
    /// Empty → empty. A zero maximum → `floor(x · 65535)`. A maximum above 32768 →
    /// `round(x · (65535 / max))`. Otherwise (always, in the epoch) `round((x · 65535) / max)`.
    /// Rounding is half away from zero (substrate-fixed `round`).
    public static func vecMaxUpscaleToU16(_ vector: [I32F32]) -> [UInt16] {
        let u16Max = I32F32(UInt16.max)
        let threshold = I32F32(32768)
        guard let largest = vector.max() else { return [] }
        if largest == .zero {
            return vector.map { ($0 * u16Max).toNum(UInt16.self) }
        }
        if largest > threshold {
            let factor = u16Max / largest
            return vector.map { ($0 * factor).rounded().toNum(UInt16.self) }
        }
        return vector.map { (($0 * u16Max) / largest).rounded().toNum(UInt16.self) }
    }

    /// `vec_max_upscale_to_u16` of the u16 values (`vec_u16_max_upscale_to_u16`, math.rs:123): how
    /// `set_weights` stores a weights row.
    public static func vecU16MaxUpscaleToU16(_ vector: [UInt16]) -> [UInt16] {
        vecMaxUpscaleToU16(vector.map { I32F32($0) })
    }
}
