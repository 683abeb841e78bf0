import SCALECodec
import Testing
import VectorSupport
@testable import ChainTypes

@Suite struct EraTests {
    // Examples from the reference (substrate-interop.md §C.2), checked there against scalecodec.
    @Test(arguments: [
        (64 as UInt64, 100 as UInt64, "4502"),
        (64, 9_233_529, "9503"),
        (4, 0, "0100"),
        (65536, 12345, "3f30"),
    ])
    func mortalErasEncodeAsSubstrate(period: UInt64, current: UInt64, hex: String) throws {
        let era = Era.mortal(period: period, current: current)
        #expect(hexString(era.scaleEncoded()) == hex)
        #expect(try Era(scaleBytes: hexBytes(hex)) == era)
    }

    @Test func immortalIsOneZeroByte() throws {
        #expect(Era.immortal.scaleEncoded() == [0])
        #expect(try Era(scaleBytes: [0]) == .immortal)
    }

    @Test func birthAndDeathFollowThePhase() {
        let era = Era.mortal(period: 64, current: 100)
        #expect(era == .mortal(period: 64, phase: 36))
        #expect(era.birth(current: 100) == 100)
        #expect(era.birth(current: 130) == 100)
        #expect(era.death(current: 100) == 164)
        #expect(Era.mortal(period: 3, current: 5) == .mortal(period: 4, phase: 1))
        #expect(Era.mortal(period: 1_000_000, current: 0) == .mortal(period: 65536, phase: 0))
    }

    @Test func invalidEncodingsAreRejected() {
        // period 2 (low nibble 0) is below the minimum of 4.
        #expect(throws: SCALEDecodingError.self) { try Era(scaleBytes: [0x00, 0x01]) }
        #expect(throws: SCALEDecodingError.self) { try Era(scaleBytes: [0x05]) }
    }
}
