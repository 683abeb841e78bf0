import ArgumentParser

/// `subtensor key`: key utilities compatible with Substrate's `subkey`.
struct KeyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "key",
        abstract: "Generate, inspect, sign and verify with sr25519/ed25519 keys (as subkey does).",
        subcommands: [KeyGenerateCommand.self, KeyInspectCommand.self, KeySignCommand.self, KeyVerifyCommand.self]
    )
}
