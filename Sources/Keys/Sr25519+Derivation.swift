import Hashing

extension Sr25519.SecretKey {
    /// Hard derivation (`//junction`): a new mini secret from the transcript of the chain code
    /// and this secret scalar, expanded like any mini secret.
    ///
    /// - Returns: the child's mini secret (its "secret seed") and the child key.
    public func hardDerive(chainCode: [UInt8]) -> (miniSecret: [UInt8], key: Sr25519.SecretKey) {
        var t = MerlinTranscript(label: "SchnorrRistrettoHDKD")
        t.appendMessage("sign-bytes", [UInt8]())
        t.appendMessage("chain-code", chainCode)
        var k = key.copyBytes()
        t.appendMessage("secret-key", k)
        Sodium.wipe(&k)
        let mini = t.challengeBytes("HDKD-hard", count: 32)
        return (mini, Sr25519.SecretKey(miniSecret: mini))
    }

    /// Soft derivation (`/junction`): adds the transcript scalar to the secret scalar. The child
    /// nonce is drawn from a witness over the parent nonce and key, as schnorrkel does.
    public func softDerive(chainCode: [UInt8]) -> Sr25519.SecretKey {
        let parentPublic = publicKey
        let (t, d) = Sr25519.softDerivationScalar(publicKey: parentPublic.bytes, chainCode: chainCode)
        var childKey = scalar + d
        var parentNonce = nonce.copyBytes()
        var parentEncoded = encoded()
        var rng = Sodium.randomBytes(32)
        var childNonce = t.witnessBytes("HDKD-nonce", witnesses: [parentNonce, parentEncoded], randomness: rng, count: 32)
        let child = Sr25519.SecretKey(keyScalar: childKey.bytes, nonce: childNonce)
        childKey.wipe()
        Sodium.wipe(&parentNonce)
        Sodium.wipe(&parentEncoded)
        Sodium.wipe(&rng)
        Sodium.wipe(&childNonce)
        return child
    }
}

extension Sr25519.PublicKey {
    static let one: [UInt8] = [1] + [UInt8](repeating: 0, count: 31)

    /// Soft derivation of a public key: `A + d·B`, matching `SecretKey.softDerive`.
    public func softDerive(chainCode: [UInt8]) -> Sr25519.PublicKey {
        let (_, d) = Sr25519.softDerivationScalar(publicKey: bytes, chainCode: chainCode)
        let a = RistrettoCodec.decode(bytes) ?? .identity
        return Sr25519.PublicKey(bytes: RistrettoCodec.encode(VartimeDoubleBaseMultiplication.multiply(a: Self.one, point: a, b: d.bytes)))!
    }
}

extension Sr25519 {
    /// The HDKD transcript and scalar `d` of a soft junction.
    static func softDerivationScalar(publicKey: [UInt8], chainCode: [UInt8]) -> (MerlinTranscript, Ristretto255.Scalar) {
        var t = MerlinTranscript(label: "SchnorrRistrettoHDKD")
        t.appendMessage("sign-bytes", [UInt8]())
        t.appendMessage("chain-code", chainCode)
        t.appendMessage("public-key", publicKey)
        let d = t.challengeScalar("HDKD-scalar")
        return (t, d)
    }
}
