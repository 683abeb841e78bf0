import Testing
@testable import SubtensorCommands

/// Every `math_*` reference case: the unit tests of subtensor's `math.rs`, call by call.
@Suite struct MathCaseTests {
    static let cases = ReferenceCases.names(prefix: "math_")

    @Test func allFortySixMathCasesArePresent() {
        #expect(Self.cases.count == 46)
    }

    @Test(arguments: cases)
    func mathCaseReproduces(_ name: String) throws {
        let file = try ReferenceCases.load(name)
        let calls = try #require(file["calls"]).list()
        #expect(!calls.isEmpty)
        for (index, value) in calls.enumerated() {
            let call = try value.members()
            let function = try #require(call["fn"]?.text)
            let type = try #require(call["expect_type"]?.text)
            let strict = call["strict"] == .bool(true)
            let context = "\(name) call \(index) \(function)"
            let mathCall = MathCall(function: function, args: try #require(call["args"]).members(), strict: strict)
            if call["expect_panic"] != nil {
                #expect(throws: Literal.Overflow.self, "\(context) should overflow") { try mathCall.evaluate() }
                continue
            }
            let result: Outcome
            do { result = try mathCall.evaluate() } catch is Literal.Overflow {
                Issue.record("\(context) overflowed")
                continue
            }
            let epsilon = try call["epsilon"].map { try Outcome(expected: $0, type: type == "fx64" ? "fx64" : "fx32") }
            var tolerance: Int128 = 0
            if case .fixed(let bits)? = epsilon { tolerance = bits }
            if let options = call["expect_one_of"] {
                let accepted = try options.list().map { try Outcome(expected: $0, type: type) }
                #expect(accepted.contains { result.matches($0, epsilon: tolerance) }, "\(context): \(result) not in \(accepted)")
            } else {
                let expected = try Outcome(expected: try #require(call["expect"]), type: type)
                #expect(result.matches(expected, epsilon: tolerance), "\(context): \(result) != \(expected)")
            }
        }
    }
}
