import JSON
import Testing

/// Exact integers from JSON number literals in any notation.
@Suite("JSON numbers")
struct JSONNumberTests {
    @Test func integersMayBeWrittenWithAnExponentOrAZeroFraction() {
        #expect(JSONNumber.integer("1e9", as: UInt64.self) == 1_000_000_000)
        #expect(JSONNumber.integer("5.000", as: UInt16.self) == 5)
        #expect(JSONNumber.integer("2.5e1", as: UInt16.self) == 25)
        #expect(JSONNumber.integer("-0", as: UInt16.self) == 0)
        #expect(JSONNumber.integer("18446744073709551615", as: UInt64.self) == .max)
        #expect(JSONNumber.integer("18446744073709551616", as: UInt64.self) == nil)
        #expect(JSONNumber.integer("-170141183460469231731687303715884105728", as: Int128.self) == .min)
        #expect(JSONNumber.integer("1e-3", as: UInt64.self) == nil)
        #expect(JSONNumber.integer("1e99999", as: UInt64.self) == nil)
    }

    @Test func valuesConvertExactlyWhetherParsedAsIntegerOrText() throws {
        let value = try JSONParser.parse("[5, 18446744073709551615, 2.5e1, 0.5, -1]")
        let items = try #require(value.arrayValue)
        #expect(items.map { $0.exactInteger(as: UInt64.self) } == [5, .max, 25, nil, nil])
        #expect(items.map(\.numberText) == ["5", "18446744073709551615", "2.5e1", "0.5", "-1"])
    }
}
