import Primitives
import Runtime
import RuntimeSupport
import RuntimeTesting
import SCALECodec
import Testing

/// Every event the runtime deposits under a random workload decodes back to itself, with module
/// errors named: what a client reading `System.Events` relies on.
@Suite struct EventDecodingTests {
    @Test func eventsOfARandomWorkloadRoundTrip() throws {
        let chain = TestChain()
        var seen = 0
        var kinds = Set<String>()
        var failures = 0
        RandomCallSequence.run(on: chain, seed: 7, steps: 300) { chain in
            chain.withContext { ctx in
                for (_, event) in ctx.events {
                    let bytes = event.scaleEncoded()
                    let decoded = try? RuntimeEvent(scaleBytes: bytes)
                    #expect(decoded == event, "\(event)")
                    #expect(decoded?.scaleEncoded() == bytes)
                    if case .system(.extrinsicFailed(.module(let error), _)) = decoded {
                        #expect(!error.palletName.isEmpty && !error.errorName.hasPrefix("Error"), "\(error)")
                        failures += 1
                    }
                    kinds.insert(String(String(describing: event).prefix { $0 != "(" }))
                    seen += 1
                }
            }
        }
        #expect(seen > 300)
        #expect(kinds.count >= 4)
        #expect(failures > 0)
    }

    @Test func everySubtensorEventShapeRoundTrips() throws {
        let account = AccountID(bytes: [UInt8](repeating: 7, count: 32))!
        let samples: [SubtensorEvent] = [
            .networkAdded(1, 0), .stakeAdded(account, 5), .neuronRegistered(3, 9, account), .difficultySet(3, 10_000),
            .axonServed(3, account), .emissionValuesSet, .networkConnectionAdded(1, 2, 3), .delegateAdded(account, account, 11_796),
            .txRateLimitSet(4), .sudid(DispatchOutcome(SubtensorError.notRegistered.dispatchError)), .registrationAllowed(3, true),
            .synergyScalingLawPowerSet(3, 50),
        ]
        for event in samples {
            let wrapped = RuntimeEvent.subtensor(event)
            #expect(try RuntimeEvent(scaleBytes: wrapped.scaleEncoded()) == wrapped)
        }
        if case .subtensor(.sudid(let outcome)) = try RuntimeEvent(scaleBytes: RuntimeEvent.subtensor(samples[9]).scaleEncoded()),
           case .module(let error)? = outcome.error {
            #expect(error.description == "SubtensorModule.NotRegistered")
        } else {
            Issue.record("sudid did not decode")
        }
    }

    @Test func unknownPalletsAndVariantsAreRefused() {
        #expect(throws: SCALEDecodingError.self) { try RuntimeEvent(scaleBytes: [99, 0]) }
        #expect(throws: SCALEDecodingError.self) { try RuntimeEvent(scaleBytes: [7, 200]) }
        #expect(throws: SCALEDecodingError.self) { try RuntimeEvent(scaleBytes: [7, 2, 1, 2]) }
    }
}
