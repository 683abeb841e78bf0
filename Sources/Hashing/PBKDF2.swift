/// PBKDF2 with HMAC-SHA512 (RFC 8018), as Substrate's BIP39 uses it to turn mnemonic entropy
/// into a mini secret key.
public enum PBKDF2 {
    /// Derives `length` bytes from `password` and `salt` with `iterations` rounds.
    ///
    /// - Complexity: `iterations × ⌈length / 64⌉` HMAC-SHA512 evaluations.
    public static func sha512<P: Collection, S: Collection>(
        password: P, salt: S, iterations: Int, length: Int
    ) -> [UInt8] where P.Element == UInt8, S.Element == UInt8 {
        precondition(iterations >= 1, "PBKDF2 needs at least one iteration")
        let password = Array(password)
        let salt = Array(salt)
        var output: [UInt8] = []
        output.reserveCapacity(length)
        // The keyed HMAC state is computed once and copied for every block and iteration.
        let keyed = HMACSHA512(key: password)
        var block: UInt32 = 1
        while output.count < length {
            var mac = keyed
            mac.update(salt)
            mac.update(withUnsafeBytes(of: block.bigEndian) { Array($0) })
            var u = mac.finalize()
            var t = u
            if iterations > 1 {
                for _ in 1..<iterations {
                    var next = keyed
                    next.update(u)
                    u = next.finalize()
                    for i in 0..<64 { t[i] ^= u[i] }
                }
            }
            output.append(contentsOf: t.prefix(length - output.count))
            Sodium.wipe(&u)
            Sodium.wipe(&t)
            block += 1
        }
        return output
    }
}
