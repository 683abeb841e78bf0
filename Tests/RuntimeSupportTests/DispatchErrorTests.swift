import Primitives
import SCALECodec
import Testing
@testable import RuntimeSupport

@Suite struct DispatchErrorTests {
    @Test func moduleErrorsEncodeAsTheChainDoes() {
        // Balances (5) InsufficientBalance (2): 03 05 02000000 (substrate-interop.md §C.4).
        let error = DispatchError.module(ModuleError(palletIndex: 5, errorIndex: 2, palletName: "Balances", errorName: "InsufficientBalance"))
        #expect(error.scaleEncoded() == [3, 5, 2, 0, 0, 0])
        #expect(error.description == "Balances.InsufficientBalance")
        #expect(DispatchError.badOrigin.scaleEncoded() == [2])
        #expect(DispatchError.arithmetic(.overflow).scaleEncoded() == [8, 1])
    }

    @Test func originChecks() throws {
        let alice = try AccountID(parsing: "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY")
        #expect(try RuntimeOrigin.signed(alice).ensureSigned() == alice)
        #expect(throws: DispatchError.badOrigin) { try RuntimeOrigin.root.ensureSigned() }
        #expect(throws: DispatchError.badOrigin) { try RuntimeOrigin.signed(alice).ensureRoot() }
        try RuntimeOrigin.none.ensureNone()
    }

    @Test func eventRecordsEncodeAndDecode() throws {
        let record = EventRecord(phase: .applyExtrinsic(2), event: [0, 0, 0x0b, 0, 0])
        let bytes = record.scaleEncoded()
        #expect(bytes == [0, 2, 0, 0, 0, 0, 0, 0x0b, 0, 0, 0])
        var decoder = SCALEDecoder(bytes)
        let decoded = try EventRecord.decode(from: &decoder) { d in try d.decodeFixedBytes(5) }
        #expect(decoded == record)
        #expect(decoded.palletIndex == 0)
    }
}
