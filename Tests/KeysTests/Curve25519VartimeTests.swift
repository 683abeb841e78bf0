import Testing
@testable import Hashing
@testable import Keys
import Primitives

/// The variable-time verification arithmetic, checked against libsodium's ristretto255.
@Suite struct Curve25519VartimeTests {
    /// A deterministic byte source (SplitMix64) so failures replay.
    struct Bytes {
        var generator: SplitMix64
        init(state: UInt64) { generator = SplitMix64(seed: state) }
        mutating func next(_ n: Int) -> [UInt8] {
            (0..<n).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
        }
    }

    @Test func fieldArithmeticMatchesBigIntegerIdentities() {
        var rng = Bytes(state: 1)
        for _ in 0..<200 {
            var a = rng.next(32); a[31] &= 0x7f
            var b = rng.next(32); b[31] &= 0x7f
            let x = FieldElement25519(bytes: a)
            let y = FieldElement25519(bytes: b)
            #expect((x * y).bytes == (y * x).bytes)
            #expect(x.squared().bytes == (x * x).bytes)
            #expect(((x + y) - y).bytes == x.bytes)
            #expect(((x * y) * y.inverted()).bytes == x.bytes || y.isZero)
            #expect((x - x).isZero)
        }
    }

    @Test func decodeEncodeRoundTripsLibsodiumPoints() {
        var rng = Bytes(state: 2)
        for _ in 0..<100 {
            let scalar = Ristretto255.Scalar(reducingWide: rng.next(64))
            let point = Ristretto255.Point.base(times: scalar)
            let decoded = RistrettoCodec.decode(point.bytes)
            #expect(decoded != nil)
            if let decoded { #expect(RistrettoCodec.encode(decoded) == point.bytes) }
        }
        #expect(RistrettoCodec.encode(EdwardsPoint.identity) == [UInt8](repeating: 0, count: 32))
        #expect(RistrettoCodec.encode(EdwardsPoint.base) == Ristretto255.Point.base(times: Ristretto255.Scalar(canonical: [1] + [UInt8](repeating: 0, count: 31))!).bytes)
    }

    @Test func decodeRejectsWhatLibsodiumRejects() {
        var rng = Bytes(state: 3)
        var rejected = 0
        for _ in 0..<400 {
            // libsodium 1.0.18 ignores bit 255 (schnorrkel/dalek and RFC 9496 reject it, as we
            // do: see the test below), so compare on encodings with it clear.
            var bytes = rng.next(32)
            bytes[31] &= 0x7f
            let ours = RistrettoCodec.decode(bytes) != nil
            let theirs = Ristretto255.Point(encoding: bytes) != nil
            #expect(ours == theirs, "encoding \(bytes)")
            if !ours { rejected += 1 }
        }
        #expect(rejected > 300)
        // A valid encoding with bit 255 set is not canonical.
        var alice = Ristretto255.Point.base(times: Ristretto255.Scalar(reducingWide: rng.next(64))).bytes
        alice[31] |= 0x80
        #expect(RistrettoCodec.decode(alice) == nil)
        #expect(Sr25519.PublicKey(bytes: alice) == nil)
        // Non-canonical: p itself, and a set top bit.
        let p: [UInt8] = [0xed] + [UInt8](repeating: 0xff, count: 30) + [0x7f]
        #expect(RistrettoCodec.decode(p) == nil)
    }

    @Test func doubleBaseMultiplicationMatchesLibsodium() {
        var rng = Bytes(state: 4)
        for _ in 0..<60 {
            let a = Ristretto255.Scalar(reducingWide: rng.next(64))
            let b = Ristretto255.Scalar(reducingWide: rng.next(64))
            let p = Ristretto255.Point.base(times: Ristretto255.Scalar(reducingWide: rng.next(64)))
            let expected = p.times(a) + Ristretto255.Point.base(times: b)
            let ours = VartimeDoubleBaseMultiplication.multiply(a: a.bytes, point: RistrettoCodec.decode(p.bytes)!, b: b.bytes)
            #expect(RistrettoCodec.encode(ours) == expected.bytes)
        }
    }

    @Test func nonAdjacentFormReconstructsTheScalar() {
        var rng = Bytes(state: 5)
        for width in [5, 8] {
            for _ in 0..<50 {
                let s = Ristretto255.Scalar(reducingWide: rng.next(64)).bytes
                let naf = VartimeDoubleBaseMultiplication.nonAdjacentForm(s, width: width)
                // Σ naf[i]·2^i, accumulated in 32-bit limbs with signed carries.
                var limbs = [Int64](repeating: 0, count: 9)
                for (i, digit) in naf.enumerated() where digit != 0 {
                    limbs[i / 32] += Int64(digit) << Int64(i % 32)
                }
                for i in 0..<8 {
                    let carry = limbs[i] >> 32
                    limbs[i] -= carry << 32
                    limbs[i + 1] += carry
                }
                var bytes: [UInt8] = []
                for i in 0..<8 { for j in 0..<4 { bytes.append(UInt8(truncatingIfNeeded: limbs[i] >> Int64(8 * j))) } }
                #expect(bytes == s)
                #expect(limbs[8] == 0)
            }
        }
    }
}
