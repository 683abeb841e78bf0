import ArgumentParser
import Keys
import Primitives

/// `subtensor key verify`: checks a signature; exit status 0 when valid, 1 when invalid,
/// 2 when the input is malformed.
struct KeyVerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Verify a signature. Exit status: 0 valid, 1 invalid, 2 malformed input."
    )

    @Argument(help: "The signature, 64 bytes as hex.")
    var signature: String

    @Argument(help: "The signer: a 0x-prefixed hex public key or an SS58 address.")
    var publicKey: String

    @Option(name: .long, help: "The message; read from standard input when omitted.")
    var message: String?

    @Flag(name: .long, help: "The message is hex (0x prefix optional).")
    var hex = false

    @OptionGroup var scheme: SchemeOption

    func run() throws {
        let signatureBytes: [UInt8]
        do { signatureBytes = try Hex.decode(signature, length: 64) } catch {
            throw KeyCommandError.exit("invalid signature: \(error)")
        }
        let key: [UInt8]
        if publicKey.hasPrefix("0x") {
            do { key = try Hex.decode(publicKey, length: 32) } catch { throw KeyCommandError.exit("invalid public key: \(error)") }
        } else {
            do { key = try SS58.decode(publicKey).publicKey } catch { throw KeyCommandError.exit(error.description) }
        }
        let bytes = try MessageInput.bytes(message, hex: hex)
        if Keypair.verify(signatureBytes, message: bytes, publicKey: key, scheme: scheme.scheme.scheme) {
            print("Signature verifies correctly.")
        } else {
            var stderr = StandardError()
            print("Error: Signature invalid.", to: &stderr)
            throw ExitCode(1)
        }
    }
}
