import Testing
@testable import Synapse

@Suite struct SynapseKindTests {
    let limits = SynapseLimits(maxSequenceLength: 8, maxGeneratedTokens: 4, maxNetworkDimension: 16, maxMessages: 2, maxTextBytes: 10)

    @Test func routeNames() {
        #expect(BaseSynapse.name == "Synapse")
        #expect([TextCausalLMNext.name, TextCausalLM.name, TextLastHiddenState.name, TextSeq2Seq.name, TextPrompting.name]
            == ["TextCausalLMNext", "TextCausalLM", "TextLastHiddenState", "TextSeq2Seq", "TextPrompting"])
    }

    @Test func requestBounds() throws {
        try TextCausalLMNext(textInputs: [0, 255], topk: 256).validateRequest(limits)
        #expect(throws: SynapseError.self) { try TextCausalLMNext(textInputs: [256]).validateRequest(limits) }
        #expect(throws: SynapseError.self) { try TextCausalLMNext(textInputs: [-1]).validateRequest(limits) }
        #expect(throws: SynapseError.self) { try TextCausalLMNext(textInputs: Array(repeating: 1, count: 9)).validateRequest(limits) }
        #expect(throws: SynapseError.self) { try TextCausalLMNext(textInputs: [1], topk: 0).validateRequest(limits) }
        #expect(throws: SynapseError.self) { try TextSeq2Seq(textPrompt: [1], numToGenerate: 5).validateRequest(limits) }
        #expect(throws: SynapseError.self) { try TextLastHiddenState(textInputs: [1], networkDim: 17).validateRequest(limits) }
        #expect(throws: SynapseError.self) { try TextPrompting(roles: ["user"], messages: ["a", "b"]).validateRequest(limits) }
        #expect(throws: SynapseError.self) { try TextPrompting(roles: ["user"], messages: ["01234567890"]).validateRequest(limits) }
        try TextPrompting(roles: ["user"], messages: ["hello"]).validateRequest(limits)
    }

    @Test func causalLMNextResponse() throws {
        var next = TextCausalLMNext(textInputs: [1, 2], topk: 2)
        #expect(throws: SynapseError.self) { try next.validateResponse(limits) }
        next.topkTokens = [3, 4]
        next.topkProbabilities = [0.5, 0.25]
        next.remainingMass = 0.25
        try next.validateResponse(limits)
        next.remainingMass = 0.5
        #expect(throws: SynapseError.self) { try next.validateResponse(limits) }
        next.remainingMass = 0.25
        next.topkTokens = [3, 4, 5]
        next.topkProbabilities = [0.25, 0.25, 0.25]
        #expect(throws: SynapseError.self) { try next.validateResponse(limits) }
    }

    @Test func causalLMNeedsOneEntryPerPosition() throws {
        var lm = TextCausalLM(textInputs: [1, 2], topk: 1)
        lm.topkTokens = [[1]]
        lm.topkProbabilities = [[1]]
        lm.remainingMass = [0]
        #expect(throws: SynapseError.self) { try lm.validateResponse(limits) }
        lm.topkTokens = [[1], [2]]
        lm.topkProbabilities = [[0.5], [0.5]]
        lm.remainingMass = [0.5, 0.5]
        try lm.validateResponse(limits)
    }

    @Test func hiddenStateIsPaddedToTheNetworkDimension() throws {
        var hidden = TextLastHiddenState(textInputs: [1, 2], networkDim: 4)
        try hidden.setPadded([[1, 2], [3]])
        #expect(hidden.lastHiddenState == [[1, 2, 0, 0], [3, 0, 0, 0]])
        try hidden.validateResponse(limits)
        #expect(throws: SynapseError.self) { try hidden.setPadded([[1, 2, 3, 4, 5]]) }
    }

    @Test func seq2SeqBoundsItsGeneration() throws {
        var seq = TextSeq2Seq(textPrompt: [1], numToGenerate: 2, generation: [1, 2])
        try seq.validateResponse(limits)
        seq.generation = [1, 2, 3]
        #expect(throws: SynapseError.self) { try seq.validateResponse(limits) }
    }

    @Test func statusCodesMapToReturnCodes() {
        #expect(SynapseStatus.success.returnCode == .success)
        #expect(SynapseStatus.timeout.returnCode == .timeout)
        #expect(SynapseStatus.unauthorized.returnCode == .unauthenticated)
        #expect(SynapseStatus.forbidden.returnCode == .blacklisted)
        #expect(SynapseStatus.unavailable.returnCode == .unavailable)
        #expect(SynapseStatus.notFound.returnCode == .notImplemented)
        #expect(ReturnCode(rawValue: 23)?.name == "Unauthenticated")
        #expect(ReturnCode.allCases.count == 26)
        #expect(StatusMessage.blacklisted("x") == "Forbidden. Key is blacklisted: x.")
        #expect(StatusMessage.axonTimeout(12) == "Response timeout after: 12.0s")
    }
}
