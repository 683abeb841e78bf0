import Primitives
import SCALECodec
import Testing
@testable import ChainTypes

@Suite struct HeaderTests {
    @Test func roundTripsWithAuraDigests() throws {
        var slot = SCALEEncoder()
        slot.encode(UInt64(281_234_567))
        let header = Header(
            parentHash: H256(bytes: [UInt8](repeating: 1, count: 32))!, number: 1_000_000,
            stateRoot: H256(bytes: [UInt8](repeating: 2, count: 32))!, extrinsicsRoot: .zero,
            digest: [.preRuntime(engine: DigestItem.aura, data: slot.takeBytes()),
                     .seal(engine: DigestItem.aura, data: [UInt8](repeating: 9, count: 64))])
        let bytes = header.scaleEncoded()
        // number 1_000_000 as Compact<u32>: four-byte mode.
        #expect(Array(bytes[32..<36]) == [0x02, 0x09, 0x3d, 0x00])
        // PreRuntime("aura", slot): 06 61757261 20 <8 bytes>
        #expect(Array(bytes[100..<107]) == [0x08, 0x06, 0x61, 0x75, 0x72, 0x61, 0x20])
        #expect(try Header(scaleBytes: bytes) == header)
        #expect(header.hash != header.parentHash)
    }

    @Test func unknownDigestVariantsAreRejected() {
        var bytes = Header(parentHash: .zero, number: 0, stateRoot: .zero, extrinsicsRoot: .zero).scaleEncoded()
        bytes[bytes.count - 1] = 1
        bytes += [7]
        #expect(throws: SCALEDecodingError.self) { try Header(scaleBytes: bytes) }
    }
}
