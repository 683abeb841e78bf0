import ArgumentParser
import Keys

/// `subtensor key generate`: a new random mnemonic and its key.
struct KeyGenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Generate a random mnemonic and print its key (sr25519 by default)."
    )

    @Option(name: .shortAndLong, help: "Number of words: 12, 15, 18, 21 or 24.")
    var words: Int = 12

    @OptionGroup var scheme: SchemeOption
    @OptionGroup var network: NetworkOption

    @Option(name: .long, help: "Output format: text or json.")
    var outputType: OutputType = .text

    @Option(name: .long, help: "BIP39 passphrase (the `///password` part of a secret URI).")
    var password: String?

    func run() throws {
        let mnemonic: Mnemonic
        do { mnemonic = try Mnemonic.generate(wordCount: words) } catch {
            throw KeyCommandError.exit(error.description)
        }
        let pair: Keypair
        do { pair = try Keypair(mnemonic: mnemonic, password: password ?? "", scheme: scheme.scheme.scheme) } catch {
            throw KeyCommandError.exit(error.description)
        }
        let report = KeyReport(origin: .phrase(mnemonic.phrase), network: network.network, seed: pair.seed, publicKey: pair.publicKey)
        print(try report.render(outputType))
    }
}
