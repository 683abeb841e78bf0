/// Exact conversion of JSON number literals to integers of any width (u64 rao amounts, `Int128`
/// fixed-point bits), whatever their notation.
public enum JSONNumber {
    /// The integer `literal` denotes, or `nil` if it has a non-zero fraction or does not fit `T`.
    public static func integer<T: FixedWidthInteger>(_ literal: String, as _: T.Type) -> T? {
        var bytes = Substring(literal).utf8[...]
        let negative = bytes.first == UInt8(ascii: "-")
        if negative { bytes = bytes.dropFirst() }
        var digits: [UInt8] = []
        var fractionDigits = 0
        var exponent = 0
        var inFraction = false
        var index = bytes.startIndex
        while index != bytes.endIndex {
            let byte = bytes[index]
            if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                digits.append(byte - UInt8(ascii: "0"))
                if inFraction { fractionDigits += 1 }
            } else if byte == UInt8(ascii: ".") {
                inFraction = true
            } else if byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
                guard let value = Int(String(Substring(bytes[bytes.index(after: index)...])).replacingPlus()),
                      abs(value) < 100_000 else { return nil }
                exponent = value
                break
            } else {
                return nil
            }
            index = bytes.index(after: index)
        }
        // value = digits · 10^(exponent − fractionDigits)
        var scale = exponent - fractionDigits
        while scale < 0, let last = digits.last {
            guard last == 0 else { return nil }
            digits.removeLast()
            scale += 1
        }
        if scale < 0 { return 0 }  // no digits left: the value is zero
        var magnitude = T.Magnitude.zero
        for digit in digits + [UInt8](repeating: 0, count: digits.allSatisfy { $0 == 0 } ? 0 : scale) {
            let (times10, overflow1) = magnitude.multipliedReportingOverflow(by: 10)
            let (next, overflow2) = times10.addingReportingOverflow(T.Magnitude(digit))
            if overflow1 || overflow2 { return nil }
            magnitude = next
        }
        if negative {
            if magnitude == 0 { return 0 }
            guard T.isSigned, magnitude <= T.Magnitude(truncatingIfNeeded: T.min) else { return nil }
            return T(truncatingIfNeeded: 0 &- magnitude)
        }
        return T(exactly: magnitude)
    }
}

private extension String {
    /// `Int(_:)` does not accept a leading `+`.
    func replacingPlus() -> String { hasPrefix("+") ? String(dropFirst()) : self }
}
