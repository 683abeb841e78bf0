import ArgumentParser

/// `--use_password` / `--no_password`.
enum PasswordChoice: EnumerableFlag {
    case usePassword
    case noPassword

    static func name(for value: PasswordChoice) -> NameSpecification {
        switch value {
        case .usePassword: return .customLong("use_password")
        case .noPassword: return .customLong("no_password")
        }
    }

    static func help(for value: PasswordChoice) -> ArgumentHelp? {
        switch value {
        case .usePassword: return "Encrypt the key with a password (NaCl)."
        case .noPassword: return "Store the key unencrypted, on purpose."
        }
    }
}

/// `--overwrite` (and bittensor's `--overwrite_coldkey`, `--overwrite_hotkey`,
/// `--overwrite_coldkeypub`).
struct OverwriteOption: ParsableArguments {
    @Flag(
        name: [.customLong("overwrite"), .customLong("overwrite_coldkey"), .customLong("overwrite_hotkey"),
               .customLong("overwrite_coldkeypub")],
        help: "Replace existing key files without asking.")
    var overwrite = false
}

/// `--n_words`.
struct WordCountOption: ParsableArguments {
    @Option(name: .customLong("n_words"), help: "The number of words of the new mnemonic: 12, 15, 18, 21 or 24.")
    var nWords: Int = 12

    func validate() throws {
        guard [12, 15, 18, 21, 24].contains(nWords) else {
            throw ValidationError("--n_words must be 12, 15, 18, 21 or 24.")
        }
    }
}

/// The inputs of `regen_coldkey` / `regen_hotkey`: `--mnemonic`, `--seed`, `--json`.
struct RegenInputOptions: ParsableArguments {
    @Option(name: .customLong("mnemonic"), parsing: .upToNextOption, help: "The mnemonic words (quoted or as separate words).")
    var mnemonic: [String] = []

    @Option(name: .customLong("seed"), help: "The 32-byte seed as hex (0x…).")
    var seed: String?

    @Option(name: .customLong("json"), help: "A polkadot-js JSON backup file.")
    var json: String?

    @Option(name: .customLong("json_password"), help: "The password of the JSON backup (asked when omitted).")
    var jsonPassword: String?
}
