import JSON
import Testing

/// The shared string escaping, in text and in UTF-8, plain and ASCII-only.
@Suite("JSON strings")
struct JSONStringTests {
    @Test func escapesQuotesBackslashesAndControlCharacters() {
        #expect(JSONString.quoted("a\"b\\c\n\r\t\u{01}\u{1f}\u{7f}é😀") == "\"a\\\"b\\\\c\\n\\r\\t\\u0001\\u001f\u{7f}é😀\"")
    }

    @Test func asciiOnlyEscapesEverythingAboveTildeAsUTF16Units() {
        #expect(JSONString.quoted("~\u{7f}é😀", asciiOnly: true) == #""~\u007f\u00e9\ud83d\ude00""#)
    }

    @Test func bytesAreTheTextInUTF8() {
        for text in ["plain", "q\"uote\\", "tab\tnl\n\u{02}", "é😀"] {
            var bytes: [UInt8] = [0x20]
            JSONString.write(text, to: &bytes)
            #expect(bytes == [0x20] + Array(JSONString.quoted(text).utf8))
        }
    }

    @Test func whatItWritesParsesBack() throws {
        let text = "x\u{00}y\u{1f}\"\\/é😀"
        #expect(try JSONParser.parse(JSONString.quoted(text)) == .string(text))
        #expect(try JSONParser.parse(JSONString.quoted(text, asciiOnly: true)) == .string(text))
    }
}
