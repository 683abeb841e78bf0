import ArgumentParser
import Keys
import Primitives

/// `subtensor key inspect`: the public key and address of a secret URI or public key.
struct KeyInspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Print the public key and SS58 address of a secret URI, seed, or public key.",
        discussion: """
            URI forms: a mnemonic phrase, a 0x-prefixed 32-byte hex seed, either followed by \
            //hard and /soft junctions and ///password; a bare path such as //Alice uses the \
            development phrase. With --public, URI is a hex public key or an SS58 address.
            """
    )

    @Argument(help: "The secret URI (or, with --public, the public key or SS58 address).")
    var uri: String

    @Flag(name: .long, help: "The URI is a public key (hex) or an SS58 address.")
    var `public` = false

    @OptionGroup var scheme: SchemeOption
    @OptionGroup var network: NetworkOption

    @Option(name: .long, help: "Output format: text or json.")
    var outputType: OutputType = .text

    @Option(name: .long, help: "BIP39 passphrase; overrides a ///password in the URI.")
    var password: String?

    func run() throws {
        if `public` {
            let key: [UInt8]
            if uri.hasPrefix("0x") {
                do { key = try Hex.decode(uri, length: 32) } catch { throw KeyCommandError.exit("invalid public key: \(error)") }
            } else {
                do { key = try SS58.decode(uri).publicKey } catch { throw KeyCommandError.exit(error.description) }
            }
            let report = KeyReport(origin: .publicURI(uri), network: network.network, seed: nil, publicKey: key)
            print(try report.render(outputType))
            return
        }
        let parsed: SecretURI
        do { parsed = try SecretURI(uri) } catch { throw KeyCommandError.exit(error.description) }
        let pair: Keypair
        do { pair = try Keypair(uri: parsed, scheme: scheme.scheme.scheme, password: password) } catch {
            throw KeyCommandError.exit(error.description)
        }
        let isPlainPhrase: Bool = {
            if case .phrase = parsed.root, !parsed.usesDevelopmentPhrase, parsed.junctions.isEmpty, parsed.password == nil { return true }
            return false
        }()
        let origin: KeyReport.Origin = isPlainPhrase ? .phrase(uri) : .secretURI(uri)
        let report = KeyReport(origin: origin, network: network.network, seed: pair.seed, publicKey: pair.publicKey)
        print(try report.render(outputType))
    }
}
