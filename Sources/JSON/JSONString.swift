/// JSON string literals: the one escaping rule every writer in the package shares.
///
/// `"`, `\`, newline, carriage return and tab get their short escapes, other control characters
/// `\u00xx` (lower-case hex), everything else is written as it is. With `asciiOnly`, every
/// scalar above `~` (0x7E) is also written as `\uxxxx` UTF-16 units, surrogate pairs above the
/// BMP, as Python's `json.dumps` does by default (`ensure_ascii`).
public enum JSONString {
    /// `text` as a quoted JSON string literal.
    public static func quoted(_ text: String, asciiOnly: Bool = false) -> String {
        var out = ""
        write(text, asciiOnly: asciiOnly, to: &out)
        return out
    }

    /// Appends `text` as a quoted JSON string literal to `out`.
    public static func write(_ text: String, asciiOnly: Bool = false, to out: inout String) {
        var sink = StringSink(text: out)
        out = ""
        write(text, asciiOnly: asciiOnly, to: &sink)
        out = sink.text
    }

    /// Appends `text` as a quoted JSON string literal to `out`, in UTF-8.
    public static func write(_ text: String, asciiOnly: Bool = false, to out: inout [UInt8]) {
        var sink = ByteSink(bytes: out)
        out = []
        write(text, asciiOnly: asciiOnly, to: &sink)
        out = sink.bytes
    }

    private static func write<Sink: JSONTextSink>(_ text: String, asciiOnly: Bool, to out: inout Sink) {
        out.append(ascii: UInt8(ascii: "\""))
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x22: out.append(ascii: UInt8(ascii: "\\")); out.append(ascii: UInt8(ascii: "\""))
            case 0x5C: out.append(ascii: UInt8(ascii: "\\")); out.append(ascii: UInt8(ascii: "\\"))
            case 0x0A: out.append(ascii: UInt8(ascii: "\\")); out.append(ascii: UInt8(ascii: "n"))
            case 0x0D: out.append(ascii: UInt8(ascii: "\\")); out.append(ascii: UInt8(ascii: "r"))
            case 0x09: out.append(ascii: UInt8(ascii: "\\")); out.append(ascii: UInt8(ascii: "t"))
            case 0..<0x20: escape(UInt16(scalar.value), to: &out)
            case 0x7F... where asciiOnly:
                for unit in UTF16.encode(scalar)! { escape(unit, to: &out) }
            default: out.append(scalar)
            }
        }
        out.append(ascii: UInt8(ascii: "\""))
    }

    /// `\uxxxx` with lower-case hex digits.
    private static func escape<Sink: JSONTextSink>(_ unit: UInt16, to out: inout Sink) {
        let hex: StaticString = "0123456789abcdef"
        out.append(ascii: UInt8(ascii: "\\"))
        out.append(ascii: UInt8(ascii: "u"))
        for shift in stride(from: 12, through: 0, by: -4) {
            out.append(ascii: hex.utf8Start[Int(unit >> UInt16(shift) & 0xF)])
        }
    }
}

/// Where `JSONString` writes: text or UTF-8 bytes.
private protocol JSONTextSink {
    mutating func append(ascii: UInt8)
    mutating func append(_ scalar: Unicode.Scalar)
}

private struct StringSink: JSONTextSink {
    var text: String
    mutating func append(ascii: UInt8) { text.unicodeScalars.append(Unicode.Scalar(ascii)) }
    mutating func append(_ scalar: Unicode.Scalar) { text.unicodeScalars.append(scalar) }
}

private struct ByteSink: JSONTextSink {
    var bytes: [UInt8]
    mutating func append(ascii: UInt8) { bytes.append(ascii) }
    mutating func append(_ scalar: Unicode.Scalar) {
        if scalar.isASCII { bytes.append(UInt8(scalar.value)) } else { bytes.append(contentsOf: UTF8.encode(scalar)!) }
    }
}
