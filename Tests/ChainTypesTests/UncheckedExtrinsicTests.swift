import Keys
import Primitives
import SCALECodec
import Testing
import VectorSupport
@testable import ChainTypes

@Suite struct UncheckedExtrinsicTests {
    static let genesis = H256(bytes: [UInt8](repeating: 0xab, count: 32))!
    static let additional = AdditionalSigned(specVersion: 127, transactionVersion: 1, genesisHash: genesis, birthHash: genesis)

    /// `Balances.transfer(dest: //Bob, value: 500)`: 05 00 ‖ 00 <Bob> ‖ compact(500).
    static func transferToBob() throws -> [UInt8] {
        var encoder = SCALEEncoder()
        encoder.appendBytes([5, 0])
        MultiAddress.id(try Keypair(uri: "//Bob", scheme: .sr25519).accountID).encode(to: &encoder)
        encoder.encodeCompact(UInt64(500))
        return encoder.takeBytes()
    }

    @Test func inherentsEncodeAsTheReferenceShows() throws {
        // Timestamp.set(now = 1_700_000_000_000) = 0x280402000b0068e5cf8b01
        var call = SCALEEncoder()
        call.appendBytes([2, 0])
        call.encodeCompact(UInt64(1_700_000_000_000))
        let extrinsic = UncheckedExtrinsic.unsigned(call.takeBytes())
        #expect(hexString(extrinsic.scaleEncoded()) == "280402000b0068e5cf8b01")
        #expect(try UncheckedExtrinsic(scaleBytes: hexBytes("280402000b0068e5cf8b01")) == extrinsic)
    }

    @Test func ed25519TransfersHaveTheReferenceLayout() throws {
        let alice = try Keypair(uri: "//Alice", scheme: .ed25519)
        let call = try Self.transferToBob()
        let extrinsic = UncheckedExtrinsic.signed(call, by: alice, extra: SignedExtra(nonce: 3), additional: Self.additional)
        let bytes = extrinsic.scaleEncoded()
        // compact(len) ‖ 84 ‖ 00 <alice> ‖ 00 <64-byte sig> ‖ 00 (immortal) 0c (nonce 3) 00 (tip) ‖ call
        #expect(bytes.count == 2 + 1 + 33 + 65 + 3 + call.count)
        #expect(bytes[2] == 0x84)
        #expect(Array(bytes[3..<36]) == [0] + alice.publicKey)
        #expect(bytes[36] == 0x00)
        #expect(Array(bytes[101..<104]) == [0x00, 0x0c, 0x00])
        #expect(Array(bytes[104...]) == call)
        let decoded = try UncheckedExtrinsic(scaleBytes: bytes)
        #expect(decoded == extrinsic)
        #expect(decoded.verifySignature(additional: Self.additional))
        // ed25519 is deterministic: the same inputs give the same bytes.
        #expect(UncheckedExtrinsic.signed(call, by: alice, extra: SignedExtra(nonce: 3), additional: Self.additional) == extrinsic)
    }

    @Test func signaturesBindEveryPartOfThePayload() throws {
        let alice = try Keypair(uri: "//Alice", scheme: .sr25519)
        let call = try Self.transferToBob()
        let extra = SignedExtra(era: .mortal(period: 64, current: 100), nonce: 7, tip: 10)
        let extrinsic = UncheckedExtrinsic.signed(call, by: alice, extra: extra, additional: Self.additional)
        #expect(extrinsic.verifySignature(additional: Self.additional))
        var otherGenesis = Self.additional
        otherGenesis.genesisHash = .zero
        #expect(!extrinsic.verifySignature(additional: otherGenesis))
        var otherVersion = Self.additional
        otherVersion.specVersion = 128
        #expect(!extrinsic.verifySignature(additional: otherVersion))
        var tampered = extrinsic
        tampered.signature?.extra.nonce = 8
        #expect(!tampered.verifySignature(additional: Self.additional))
        tampered = extrinsic
        tampered.call[tampered.call.count - 1] ^= 1
        #expect(!tampered.verifySignature(additional: Self.additional))
    }

    @Test func longPayloadsAreSignedAsTheirHash() throws {
        let alice = try Keypair(uri: "//Alice", scheme: .ed25519)
        var remark = SCALEEncoder()
        remark.appendBytes([0, 1])
        remark.encode([UInt8](repeating: 0x61, count: 300))
        let call = remark.takeBytes()
        let message = SignaturePayload.message(call: call, extra: SignedExtra(nonce: 0), additional: Self.additional)
        #expect(message.count == 32)
        let extrinsic = UncheckedExtrinsic.signed(call, by: alice, extra: SignedExtra(nonce: 0), additional: Self.additional)
        #expect(extrinsic.verifySignature(additional: Self.additional))
    }

    @Test func hostileBytesAreRejected() throws {
        let alice = try Keypair(uri: "//Alice", scheme: .sr25519)
        let bytes = UncheckedExtrinsic.signed(try Self.transferToBob(), by: alice, extra: SignedExtra(nonce: 0), additional: Self.additional).scaleEncoded()
        for cut in 0..<bytes.count {
            #expect(throws: SCALEDecodingError.self) { try UncheckedExtrinsic(scaleBytes: Array(bytes.prefix(cut))) }
        }
        var wrongVersion = bytes
        wrongVersion[2] = 0x85
        #expect(throws: SCALEDecodingError.self) { try UncheckedExtrinsic(scaleBytes: wrongVersion) }
        var otherAddress = bytes
        otherAddress[3] = 1
        #expect(throws: SCALEDecodingError.self) { try UncheckedExtrinsic(scaleBytes: otherAddress) }
    }
}
