import ArgumentParser
import Keys
import Primitives

/// `--scheme`: the signature scheme of the key.
struct SchemeOption: ParsableArguments {
    @Option(name: .long, help: "Signature scheme: sr25519 or ed25519.")
    var scheme: CryptoSchemeArgument = .init(.sr25519)
}

/// `--network`: the SS58 network prefix, as a number (0…16383) or a known name.
struct NetworkOption: ParsableArguments {
    @Option(name: [.customShort("n"), .long], help: "SS58 network prefix: a number or substrate/polkadot/kusama/bittensor.")
    var network: NetworkPrefix = .init(prefix: SS58.bittensorPrefix)
}

/// `--output-type`.
enum OutputType: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
}

/// A parsed `--scheme` value.
struct CryptoSchemeArgument: ExpressibleByArgument {
    let scheme: CryptoScheme
    init(_ scheme: CryptoScheme) { self.scheme = scheme }
    init?(argument: String) {
        guard let scheme = CryptoScheme(rawValue: argument.lowercased()) else { return nil }
        self.scheme = scheme
    }
    var defaultValueDescription: String { scheme.rawValue }
    static var allValueStrings: [String] { CryptoScheme.allCases.map(\.rawValue) }
}

/// A parsed `--network` value.
struct NetworkPrefix: ExpressibleByArgument {
    let prefix: UInt16
    static let names: [String: UInt16] = ["polkadot": 0, "kusama": 2, "substrate": 42, "bittensor": 42]

    init(prefix: UInt16) { self.prefix = prefix }
    init?(argument: String) {
        if let known = Self.names[argument.lowercased()] {
            prefix = known
        } else if let value = UInt16(argument), SS58.isValidPrefix(value) {
            prefix = value
        } else {
            return nil
        }
    }
    var defaultValueDescription: String { String(prefix) }

    /// The network's name as subkey prints it (the SS58 registry name, or the number).
    var name: String {
        switch prefix {
        case 0: return "polkadot"
        case 2: return "kusama"
        case 42: return "substrate"
        default: return String(prefix)
        }
    }
}

/// A user-facing failure: printed as one `Error: …` line on stderr; exit status 2.
struct KeyCommandError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

extension KeyCommandError {
    /// Prints the error and returns the exit code to throw.
    static func exit(_ message: String) -> ExitCode {
        var stderr = StandardError()
        print("Error: \(message)", to: &stderr)
        return ExitCode(2)
    }
}

/// Writes to standard error.
struct StandardError: TextOutputStream {
    mutating func write(_ string: String) {
        FileHandleWriter.writeToStandardError(string)
    }
}
