/// A secret URI, `<phrase | 0x<seed>>[//hard][/soft]…[///password]`, as Substrate parses them.
///
/// With no phrase (the URI starts with `/`), the well-known development phrase is used, so
/// `//Alice` is Alice's development key.
public struct SecretURI: Sendable, CustomStringConvertible {
    /// The well-known development phrase behind `//Alice`, `//Bob`, …
    public static let developmentPhrase = "bottom drive obey lake curtain smoke basket hold race lonely fit walk"

    /// What the URI starts from.
    public enum Root: Sendable {
        /// A mnemonic phrase (validated when the key is built).
        case phrase(String)
        /// A 32-byte hex seed (`0x…`), used as the mini secret directly.
        case seed([UInt8])
    }

    /// Why a URI was rejected.
    public enum Error: Swift.Error, Equatable, CustomStringConvertible {
        case invalidFormat(String)
        case invalidSeed(String)

        public var description: String {
            switch self {
            case .invalidFormat(let why): return "invalid secret URI: \(why)"
            case .invalidSeed(let why): return "invalid secret URI seed: \(why)"
            }
        }
    }

    /// The phrase or seed.
    public let root: Root
    /// Whether the phrase was omitted (the development phrase is used).
    public let usesDevelopmentPhrase: Bool
    /// The derivation path, left to right.
    public let junctions: [DeriveJunction]
    /// The BIP39 passphrase after `///`, if any (ignored for hex seeds, as in Substrate).
    public let password: String?

    /// Parses `uri`.
    public init(_ uri: String) throws(Error) {
        var rest = Substring(uri)
        // Phrase: everything before the first "/".
        let phraseEnd = rest.firstIndex(of: "/") ?? rest.endIndex
        let phrase = rest[rest.startIndex..<phraseEnd]
        rest = rest[phraseEnd...]
        // Password: after the first "///".
        if let range = rest.firstRange(of: "///") {
            password = String(rest[range.upperBound...])
            rest = rest[..<range.lowerBound]
        } else {
            password = nil
        }
        // Junctions: "/" or "//" followed by a non-empty name without "/".
        var junctions: [DeriveJunction] = []
        while !rest.isEmpty {
            guard rest.first == "/" else { throw .invalidFormat("unexpected text '\(rest)' in the derivation path") }
            rest = rest.dropFirst()
            var hard = false
            if rest.first == "/" {
                hard = true
                rest = rest.dropFirst()
            }
            let end = rest.firstIndex(of: "/") ?? rest.endIndex
            let name = rest[rest.startIndex..<end]
            guard !name.isEmpty else { throw .invalidFormat("empty junction in the derivation path") }
            junctions.append(DeriveJunction(String(name), hard: hard))
            rest = rest[end...]
        }
        self.junctions = junctions
        if phrase.isEmpty {
            root = .phrase(Self.developmentPhrase)
            usesDevelopmentPhrase = true
        } else if phrase.hasPrefix("0x") {
            let hex = phrase.dropFirst(2)
            guard hex.count == 64 else {
                throw .invalidSeed("expected 64 hex digits (32 bytes) after 0x, got \(hex.count)")
            }
            var bytes: [UInt8] = []
            var index = hex.startIndex
            while index < hex.endIndex {
                let next = hex.index(index, offsetBy: 2)
                guard let b = UInt8(hex[index..<next], radix: 16) else {
                    throw .invalidSeed("'\(hex[index..<next])' is not hex")
                }
                bytes.append(b)
                index = next
            }
            root = .seed(bytes)
            usesDevelopmentPhrase = false
        } else {
            guard phrase.allSatisfy({ $0 == " " || $0.isLetter || $0.isNumber || $0 == "_" }) else {
                throw .invalidFormat("the phrase may contain only words and spaces")
            }
            root = .phrase(String(phrase))
            usesDevelopmentPhrase = false
        }
    }

    /// The derivation path as text, e.g. `//Alice/stash`.
    public var path: String { junctions.map(\.description).joined() }

    public var description: String { "SecretURI(path: \(path), secret redacted)" }
}
