/// The AES block cipher (FIPS-197), 128- and 256-bit keys, for reading the legacy keyfile
/// formats: AES-256-CTR (Ansible Vault) and AES-128-CBC (Fernet). libsodium 1.0.18 offers
/// neither mode.
///
/// A plain byte-oriented implementation with table look-ups: it is not constant-time, which is
/// acceptable for decrypting a local file once with a password the user just typed, and it is
/// never used to write new keyfiles (those are NaCl).
struct AES {
    private let roundKeys: [[UInt8]]  // rounds + 1 keys of 16 bytes

    /// The key schedule of a 16- or 32-byte key; `nil` for other lengths.
    init?(key: [UInt8]) {
        guard key.count == 16 || key.count == 32 else { return nil }
        let nk = key.count / 4
        let rounds = nk + 6
        var words: [[UInt8]] = (0..<nk).map { Array(key[($0 * 4)..<($0 * 4 + 4)]) }
        var rcon: UInt8 = 1
        for i in nk..<(4 * (rounds + 1)) {
            var temp = words[i - 1]
            if i % nk == 0 {
                temp = [temp[1], temp[2], temp[3], temp[0]].map { AES.sBox[Int($0)] }
                temp[0] ^= rcon
                rcon = AES.xtime(rcon)
            } else if nk > 6, i % nk == 4 {
                temp = temp.map { AES.sBox[Int($0)] }
            }
            words.append(zip(words[i - nk], temp).map { $0 ^ $1 })
        }
        roundKeys = (0...rounds).map { r in Array(words[(r * 4)..<(r * 4 + 4)].joined()) }
    }

    /// Encrypts one 16-byte block.
    func encrypt(block input: [UInt8]) -> [UInt8] {
        var s = zip(input, roundKeys[0]).map { $0 ^ $1 }
        let rounds = roundKeys.count - 1
        for round in 1...rounds {
            for i in 0..<16 { s[i] = AES.sBox[Int(s[i])] }
            s = AES.shiftRows(s)
            if round != rounds { s = AES.mixColumns(s) }
            for i in 0..<16 { s[i] ^= roundKeys[round][i] }
        }
        return s
    }

    /// Decrypts one 16-byte block.
    func decrypt(block input: [UInt8]) -> [UInt8] {
        let rounds = roundKeys.count - 1
        var s = zip(input, roundKeys[rounds]).map { $0 ^ $1 }
        for round in stride(from: rounds - 1, through: 0, by: -1) {
            s = AES.invShiftRows(s)
            for i in 0..<16 { s[i] = AES.invSBox[Int(s[i])] }
            for i in 0..<16 { s[i] ^= roundKeys[round][i] }
            if round != 0 { s = AES.invMixColumns(s) }
        }
        return s
    }

    // MARK: - Tables and round functions

    static func xtime(_ x: UInt8) -> UInt8 { (x << 1) ^ ((x & 0x80) != 0 ? 0x1b : 0) }

    static func multiply(_ a: UInt8, _ b: UInt8) -> UInt8 {
        var a = a, b = b, p: UInt8 = 0
        while b != 0 {
            if b & 1 != 0 { p ^= a }
            a = xtime(a)
            b >>= 1
        }
        return p
    }

    /// The S-box, computed from its definition: the inverse in GF(2^8) followed by the affine map.
    static let sBox: [UInt8] = (0..<256).map { x in
        var inverse: UInt8 = 0
        if x != 0 {
            for candidate in 1..<256 where multiply(UInt8(x), UInt8(candidate)) == 1 {
                inverse = UInt8(candidate)
                break
            }
        }
        var result = inverse
        for shift in 1...4 { result ^= (inverse << shift) | (inverse >> (8 - shift)) }
        return result ^ 0x63
    }

    static let invSBox: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 256)
        for (i, v) in sBox.enumerated() { table[Int(v)] = UInt8(i) }
        return table
    }()

    // The state is column-major: byte (row r, column c) is at index 4c + r.
    static func shiftRows(_ s: [UInt8]) -> [UInt8] {
        (0..<16).map { i in let r = i % 4, c = i / 4; return s[4 * ((c + r) % 4) + r] }
    }

    static func invShiftRows(_ s: [UInt8]) -> [UInt8] {
        (0..<16).map { i in let r = i % 4, c = i / 4; return s[4 * ((c + 4 - r) % 4) + r] }
    }

    static func mixColumns(_ s: [UInt8]) -> [UInt8] { mix(s, [2, 3, 1, 1]) }
    static func invMixColumns(_ s: [UInt8]) -> [UInt8] { mix(s, [14, 11, 13, 9]) }

    private static func mix(_ s: [UInt8], _ m: [UInt8]) -> [UInt8] {
        var out = s
        for c in 0..<4 {
            let col = Array(s[(4 * c)..<(4 * c + 4)])
            for r in 0..<4 {
                var v: UInt8 = 0
                for k in 0..<4 { v ^= multiply(m[(k - r + 4) % 4], col[k]) }
                out[4 * c + r] = v
            }
        }
        return out
    }
}

extension AES {
    /// AES-CTR with a 128-bit big-endian counter starting at `iv` (encryption and decryption are
    /// the same operation).
    func ctr(_ data: [UInt8], iv: [UInt8]) -> [UInt8] {
        var counter = iv
        var out = [UInt8]()
        out.reserveCapacity(data.count)
        var offset = 0
        while offset < data.count {
            let stream = encrypt(block: counter)
            let n = min(16, data.count - offset)
            for i in 0..<n { out.append(data[offset + i] ^ stream[i]) }
            offset += n
            var i = 15
            while i >= 0 {
                counter[i] &+= 1
                if counter[i] != 0 { break }
                i -= 1
            }
        }
        return out
    }

    /// AES-CBC decryption of whole blocks; `nil` when `data` is not a positive multiple of 16.
    func cbcDecrypt(_ data: [UInt8], iv: [UInt8]) -> [UInt8]? {
        guard !data.isEmpty, data.count % 16 == 0 else { return nil }
        var previous = iv
        var out = [UInt8]()
        out.reserveCapacity(data.count)
        for start in stride(from: 0, to: data.count, by: 16) {
            let block = Array(data[start..<(start + 16)])
            out += zip(decrypt(block: block), previous).map { $0 ^ $1 }
            previous = block
        }
        return out
    }

    /// Removes PKCS#7 padding; `nil` when the padding is malformed.
    static func pkcs7Unpad(_ data: [UInt8]) -> [UInt8]? {
        guard let last = data.last, last >= 1, last <= 16, Int(last) <= data.count else { return nil }
        guard data.suffix(Int(last)).allSatisfy({ $0 == last }) else { return nil }
        return Array(data.dropLast(Int(last)))
    }
}
