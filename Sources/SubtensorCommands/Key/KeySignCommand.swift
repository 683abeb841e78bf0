import ArgumentParser
import Keys
import Primitives

/// `subtensor key sign`: signs a message with a secret URI and prints the signature hex.
struct KeySignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sign",
        abstract: "Sign a message with a secret URI; prints the 64-byte signature as hex."
    )

    @Option(name: .long, help: "The secret URI of the signing key (e.g. a phrase, 0x<seed>, //Alice).")
    var suri: String

    @Option(name: .long, help: "The message; read from standard input when omitted.")
    var message: String?

    @Flag(name: .long, help: "The message is hex (0x prefix optional).")
    var hex = false

    @OptionGroup var scheme: SchemeOption

    @Option(name: .long, help: "BIP39 passphrase; overrides a ///password in the URI.")
    var password: String?

    func run() throws {
        let bytes = try MessageInput.bytes(message, hex: hex)
        let pair: Keypair
        do { pair = try Keypair(uri: suri, scheme: scheme.scheme.scheme, password: password) } catch {
            throw KeyCommandError.exit(error.description)
        }
        print(Hex.encode(pair.sign(bytes)))
    }
}

/// Reads the message of `sign`/`verify` from the option or standard input.
enum MessageInput {
    static func bytes(_ message: String?, hex: Bool) throws -> [UInt8] {
        var raw = message.map { Array($0.utf8) } ?? FileHandleWriter.readStandardInput()
        guard hex else { return raw }
        while let last = raw.last, last == 0x0a || last == 0x0d || last == 0x20 { raw.removeLast() }
        do { return try Hex.decode(String(decoding: raw, as: UTF8.self)) } catch {
            throw KeyCommandError.exit("invalid message: \(error)")
        }
    }
}
