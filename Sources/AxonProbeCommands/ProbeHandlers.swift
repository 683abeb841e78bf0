import Axon
import Synapse

/// Small deterministic forwards for the text synapses, so a probe axon answers every kind:
/// a byte-level "model" that predicts the byte after the last one.
enum ProbeHandlers {
    static func attach(to core: AxonCore) {
        core.attach(TextCausalLMNext.self) { message in
            var answer = message
            let next = ((message.payload.textInputs.last ?? 0) + 1) % 256
            answer.payload.topkTokens = [next]
            answer.payload.topkProbabilities = [0.5]
            answer.payload.remainingMass = 0.5
            return answer
        }
        core.attach(TextSeq2Seq.self) { message in
            var answer = message
            let last = message.payload.textPrompt.last ?? 0
            answer.payload.generation = (1...message.payload.numToGenerate).map { (last + $0) % 256 }
            return answer
        }
        core.attach(TextPrompting.self) { message in
            var answer = message
            answer.payload.completion = "echo: " + (message.payload.messages.last ?? "")
            return answer
        }
    }
}
