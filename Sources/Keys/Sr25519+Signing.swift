import Hashing

extension Sr25519.Keypair {
    /// Signs `message` under `context` (Substrate: `"substrate"`).
    ///
    /// - Parameter randomness: the 32 bytes schnorrkel mixes into the nonce; `nil` draws them
    ///   from the OS CSPRNG (production). Tests inject fixed bytes to get reproducible signatures.
    /// - Returns: the 64-byte signature `R ‖ s`, with the schnorrkel marker bit set in byte 63.
    public func sign(
        _ message: [UInt8], context: [UInt8] = Sr25519.substrateContext, randomness: [UInt8]? = nil
    ) -> [UInt8] {
        var t = Sr25519.signingTranscript(context: context, message: message)
        t.appendMessage("proto-name", Array("Schnorr-sig".utf8))
        t.appendMessage("sign:pk", publicKey.bytes)
        var rng = randomness ?? Sodium.randomBytes(32)
        var nonceSeed = secretKey.nonce.copyBytes()
        var wide = t.witnessBytes("signing", witnesses: [nonceSeed], randomness: rng, count: 64)
        var r = Ristretto255.Scalar(reducingWide: wide)
        let commitment = Ristretto255.Point.base(times: r)
        t.appendMessage("sign:R", commitment.bytes)
        let k = t.challengeScalar("sign:c")
        var key = secretKey.scalar
        var s = k * key + r
        var signature = commitment.bytes + s.bytes
        signature[63] |= 0x80
        Sodium.wipe(&rng)
        Sodium.wipe(&nonceSeed)
        Sodium.wipe(&wide)
        r.wipe()
        key.wipe()
        s.wipe()
        return signature
    }
}

extension Sr25519.PublicKey {
    /// Verifies a signature of `message` under `context`. Returns `false` for any malformed
    /// signature (wrong length, missing schnorrkel marker, non-canonical `s`); never throws.
    public func verify(
        _ signature: [UInt8], message: [UInt8], context: [UInt8] = Sr25519.substrateContext
    ) -> Bool {
        guard signature.count == 64, signature[63] & 0x80 != 0 else { return false }
        let rBytes = Array(signature[0..<32])
        var sBytes = Array(signature[32..<64])
        sBytes[31] &= 0x7f
        guard let s = Ristretto255.Scalar(canonical: sBytes),
              let a = RistrettoCodec.decode(bytes)
        else { return false }
        var t = Sr25519.signingTranscript(context: context, message: message)
        t.appendMessage("proto-name", Array("Schnorr-sig".utf8))
        t.appendMessage("sign:pk", bytes)
        t.appendMessage("sign:R", rBytes)
        let k = t.challengeScalar("sign:c")
        // R' = s·B − k·A, in variable time: everything here is public.
        let expected = VartimeDoubleBaseMultiplication.multiply(a: k.bytes, point: a.negated(), b: s.bytes)
        return RistrettoCodec.encode(expected) == rBytes
    }
}
