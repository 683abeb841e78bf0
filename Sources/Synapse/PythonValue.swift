/// The few Python values synapse fields hold, rendered exactly as Python's `str()` renders them.
///
/// bittensor hashes `str(value)` of each required hash field, so a body hash computed here
/// matches Python's only if the text does: lists print as `[1, 2]`, strings inside lists use
/// `repr` quoting (`['a', "it's"]`), floats use the shortest round-trip form (`0.1`, `1e-05`,
/// `1.0`, `inf`).
public indirect enum PythonValue: Sendable, Equatable {
    case none
    case bool(Bool)
    case int(Int)
    case float(Double)
    case string(String)
    case list([PythonValue])

    /// `str(value)`.
    public var str: String {
        switch self {
        case .string(let s): return s
        default: return repr
        }
    }

    /// `repr(value)`.
    public var repr: String {
        switch self {
        case .none: return "None"
        case .bool(let b): return b ? "True" : "False"
        case .int(let i): return String(i)
        case .float(let d): return Self.floatRepr(d)
        case .string(let s): return Self.stringRepr(s)
        case .list(let items):
            var out = "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += ", " }
                out += item.repr
            }
            return out + "]"
        }
    }

    /// Python's `float.__repr__`: shortest round-trip digits; positional when the decimal
    /// exponent is in [-4, 16), scientific otherwise, with a signed two-digit-minimum exponent.
    static func floatRepr(_ value: Double) -> String {
        if value.isNaN { return "nan" }
        if value.isInfinite { return value < 0 ? "-inf" : "inf" }
        if value == 0 { return value.sign == .minus ? "-0.0" : "0.0" }
        // Swift's description also gives the shortest round-trip digits; re-lay them out.
        let (negative, digits, exponent) = decimalDigits(value.magnitude.description)
        var out = negative || value < 0 ? "-" : ""
        let decimalPoint = exponent + 1  // digits = 0.d1d2… × 10^decimalPoint
        if decimalPoint > -4 && decimalPoint <= 16 {
            if decimalPoint <= 0 {
                out += "0." + String(repeating: "0", count: -decimalPoint) + digits
            } else if decimalPoint >= digits.count {
                out += digits + String(repeating: "0", count: decimalPoint - digits.count) + ".0"
            } else {
                let index = digits.index(digits.startIndex, offsetBy: decimalPoint)
                out += digits[..<index] + "." + digits[index...]
            }
        } else {
            out += String(digits.prefix(1))
            if digits.count > 1 { out += "." + digits.dropFirst() }
            let e = decimalPoint - 1
            out += (e < 0 ? "e-" : "e+") + (abs(e) < 10 ? "0" : "") + String(abs(e))
        }
        return out
    }

    /// Splits Swift's shortest description ("1.25", "1e-05", "1.5e+20") into significant
    /// digits (no leading/trailing zeros) and the decimal exponent of the first digit.
    static func decimalDigits(_ text: String) -> (negative: Bool, digits: String, exponent: Int) {
        var text = Substring(text)
        let negative = text.first == "-"
        if negative { text.removeFirst() }
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            exponent = Int(text[text.index(after: e)...].replacingOccurrences(of: "+", with: "")) ?? 0
            text = text[..<e]
        }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        let integer = parts[0]
        let fraction = parts.count > 1 ? parts[1] : ""
        var all = Array(integer + fraction)
        var firstDigitExponent = integer.count - 1 + exponent
        while all.first == "0" {
            all.removeFirst()
            firstDigitExponent -= 1
        }
        while all.last == "0" { all.removeLast() }
        return (negative, String(all), firstDigitExponent)
    }

    /// Python's `str.__repr__`: single quotes unless the text holds `'` and no `"`; escapes
    /// backslash, the quote, `\t \n \r`, other control characters as `\xNN`, and non-printable
    /// non-ASCII scalars as `\xNN`, `\uNNNN` or `\UNNNNNNNN`.
    static func stringRepr(_ text: String) -> String {
        let quote: Character = text.contains("'") && !text.contains("\"") ? "\"" : "'"
        var out = String(quote)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\t": out += "\\t"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            default:
                if Character(scalar) == quote {
                    out += "\\" + String(quote)
                } else if scalar.value < 0x20 || scalar.value == 0x7f {
                    out += "\\x" + hex(scalar.value, width: 2)
                } else if scalar.value < 0x7f || isPrintable(scalar) {
                    out.unicodeScalars.append(scalar)
                } else if scalar.value <= 0xff {
                    out += "\\x" + hex(scalar.value, width: 2)
                } else if scalar.value <= 0xffff {
                    out += "\\u" + hex(scalar.value, width: 4)
                } else {
                    out += "\\U" + hex(scalar.value, width: 8)
                }
            }
        }
        out.append(quote)
        return out
    }

    /// Python's `str.isprintable` for one scalar: not in Cc, Cf, Cs, Co, Cn, Zl, Zp, nor a
    /// space separator other than U+0020.
    static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator,
            .paragraphSeparator, .spaceSeparator:
            return scalar == " "
        default:
            return true
        }
    }

    static func hex(_ value: UInt32, width: Int) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}

extension Substring {
    fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
        String(self).split(separator: Character(target), omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
