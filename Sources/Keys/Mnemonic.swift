import Hashing

/// A BIP39 mnemonic (English), and Substrate's way of turning it into a key: the mini secret is
/// `PBKDF2-HMAC-SHA512(entropy, "mnemonic" + password, 2048)[0..<32]` — the *entropy* is the
/// PBKDF2 password, unlike standard BIP39 which uses the sentence.
public struct Mnemonic: Sendable, CustomStringConvertible {
    /// Why a phrase was rejected.
    public enum Error: Swift.Error, Equatable, CustomStringConvertible {
        case invalidWordCount(Int)
        case unknownWord(String, position: Int)
        case invalidChecksum
        case invalidEntropyLength(Int)

        public var description: String {
            switch self {
            case .invalidWordCount(let n):
                return "invalid mnemonic: \(n) words; a mnemonic has 12, 15, 18, 21 or 24 words"
            case .unknownWord(let w, let position):
                return "invalid mnemonic: word \(position) ('\(w)') is not in the BIP39 English word list"
            case .invalidChecksum:
                return "invalid mnemonic: checksum mismatch (a word is wrong or the words are out of order)"
            case .invalidEntropyLength(let n):
                return "invalid mnemonic entropy: \(n) bytes; expected 16, 20, 24, 28 or 32"
            }
        }
    }

    /// The word counts BIP39 allows.
    public static let validWordCounts = [12, 15, 18, 21, 24]

    /// The words, space separated. Secret.
    private let secretPhrase: SecretBytes
    /// The entropy the words encode. Secret.
    private let secretEntropy: SecretBytes

    /// The phrase as text. Secret: never log it.
    public var phrase: String { secretPhrase.withBytes { String(decoding: $0, as: UTF8.self) } }
    /// The entropy. Secret: wipe after use.
    public var entropy: [UInt8] { secretEntropy.copyBytes() }
    /// The number of words.
    public let wordCount: Int

    /// Parses and validates `phrase` (words separated by any whitespace, lower case).
    public init(phrase: String) throws(Error) {
        let words = phrase.split(whereSeparator: { $0.isWhitespace }).map(String.init)
        guard Self.validWordCounts.contains(words.count) else { throw .invalidWordCount(words.count) }
        var bits: [Bool] = []
        bits.reserveCapacity(words.count * 11)
        for (i, word) in words.enumerated() {
            guard let index = BIP39Wordlist.englishIndex[word] else { throw .unknownWord(word, position: i + 1) }
            for shift in stride(from: 10, through: 0, by: -1) { bits.append((index >> shift) & 1 == 1) }
        }
        let checksumBits = words.count / 3
        let entropyBits = bits.count - checksumBits
        var entropy = [UInt8](repeating: 0, count: entropyBits / 8)
        for i in 0..<entropyBits where bits[i] { entropy[i / 8] |= 0x80 >> UInt8(i % 8) }
        let hash = SHA2.sha256(entropy)
        for i in 0..<checksumBits where bits[entropyBits + i] != ((hash[i / 8] >> UInt8(7 - i % 8)) & 1 == 1) {
            Sodium.wipe(&entropy)
            throw .invalidChecksum
        }
        self.secretPhrase = SecretBytes(Array(words.joined(separator: " ").utf8))
        self.secretEntropy = SecretBytes(entropy)
        self.wordCount = words.count
        Sodium.wipe(&entropy)
    }

    /// The mnemonic of `entropy` (16, 20, 24, 28 or 32 bytes).
    public init(entropy: [UInt8]) throws(Error) {
        guard [16, 20, 24, 28, 32].contains(entropy.count) else { throw .invalidEntropyLength(entropy.count) }
        let hash = SHA2.sha256(entropy)
        var bits: [Bool] = []
        for byte in entropy { for i in 0..<8 { bits.append((byte >> UInt8(7 - i)) & 1 == 1) } }
        for i in 0..<(entropy.count / 4) { bits.append((hash[i / 8] >> UInt8(7 - i % 8)) & 1 == 1) }
        var words: [String] = []
        for w in 0..<(bits.count / 11) {
            var index = 0
            for b in 0..<11 { index = index << 1 | (bits[w * 11 + b] ? 1 : 0) }
            words.append(BIP39Wordlist.english[index])
        }
        try self.init(phrase: words.joined(separator: " "))
    }

    /// A fresh random mnemonic of `wordCount` words from the OS CSPRNG.
    public static func generate(wordCount: Int = 12) throws(Error) -> Mnemonic {
        guard validWordCounts.contains(wordCount) else { throw .invalidWordCount(wordCount) }
        var entropy = Sodium.randomBytes(wordCount / 3 * 4)
        defer { Sodium.wipe(&entropy) }
        return try Mnemonic(entropy: entropy)
    }

    /// Substrate's 32-byte mini secret of this mnemonic with the BIP39 passphrase `password`.
    public func miniSecret(password: String = "") -> [UInt8] {
        var e = entropy
        defer { Sodium.wipe(&e) }
        var seed = PBKDF2.sha512(password: e, salt: Array(("mnemonic" + password).utf8), iterations: 2048, length: 64)
        defer { Sodium.wipe(&seed) }
        return Array(seed[0..<32])
    }

    public var description: String { "Mnemonic(\(wordCount) words, redacted)" }
}
