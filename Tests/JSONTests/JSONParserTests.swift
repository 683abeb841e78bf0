import JSON
import Testing

/// The strict JSON parser: what it accepts, what it refuses, and where it says the fault is.
@Suite("JSON parser")
struct JSONParserTests {
    @Test func parsesEveryKindOfValue() throws {
        let value = try JSONParser.parse(#"{"a":[1,-2,3.5,1e3,true,false,null,"x\u00e9\n\ud83d\ude00"],"b":{}}"#)
        #expect(value["a"] == .array([.integer(1), .integer(-2), .number("3.5"), .number("1e3"), .bool(true), .bool(false), .null,
                                      .string("xé\n😀")]))
        #expect(value["b"] == .object([]))
    }

    @Test func writesWhatItReads() throws {
        let text = #"{"id":"xK17","params":[9223372036854775807,"q\"uote\\",[]],"n":null}"#
        #expect(try JSONParser.parse(text).description == text)
    }

    @Test(arguments: ["", "{", "[1,]", "{\"a\"1}", "01", "1.", "-", "\"\\x\"", "\"\u{01}\"", "tru", "[1] 2", "\"\\ud800\"", "{\"a\":1,}"])
    func refusesMalformedText(_ text: String) {
        #expect(throws: JSONParser.Error.self) { try JSONParser.parse(text) }
    }

    @Test func boundsNesting() {
        let deep = String(repeating: "[", count: 200) + String(repeating: "]", count: 200)
        #expect(throws: JSONParser.Error.self) { try JSONParser.parse(deep) }
        let fine = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
        #expect((try? JSONParser.parse(fine)) != nil)
    }

    @Test func refusesInvalidUTF8() {
        #expect(throws: JSONParser.Error.self) { try JSONParser.parse([0x22, 0xFF, 0x22]) }
    }

    @Test func bigIntegersStayExactText() throws {
        #expect(try JSONParser.parse("18446744073709551616") == .number("18446744073709551616"))
    }

    @Test func aCallerMayAllowDeeperNesting() throws {
        let deep = String(repeating: "[", count: 300) + String(repeating: "]", count: 300)
        #expect((try? JSONParser.parse(Array(deep.utf8), maximumDepth: 512)) != nil)
        let tooDeep = Array(String(repeating: "[", count: 600).utf8)
        do {
            _ = try JSONParser.parse(tooDeep, maximumDepth: 512)
            Issue.record("parsed 600 levels")
        } catch {
            #expect(error.message == "nesting deeper than 512 levels" && error.offset == 512)
        }
    }

    @Test func errorsLocateTheirLineAndColumn() {
        let bytes = Array("{\n  \"é\": x}".utf8)
        do {
            _ = try JSONParser.parse(bytes)
            Issue.record("parsed malformed text")
        } catch {
            #expect(error.lineAndColumn(in: bytes) == (2, 8))
        }
    }
}
