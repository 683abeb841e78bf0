/// Where keyfile operations get passwords: the terminal, the environment, or (in tests and
/// automation) a fixed value. `Keyfile` asks through this protocol and never prompts itself.
public protocol PasswordSource {
    /// The password that unlocks the encrypted `keyfile`.
    /// - Throws: `WalletError.passwordRequired` when none can be had.
    func unlockPassword(for keyfile: Keyfile) throws(WalletError) -> Password

    /// A new password to encrypt `keyfile` with, already checked against the policy and
    /// confirmed.
    /// - Throws: `WalletError.weakPassword`, `.passwordsDoNotMatch` or `.passwordRequired`.
    func newPassword(for keyfile: Keyfile) throws(WalletError) -> Password
}

/// Asks the user for secrets and shows short messages; implemented by the terminal and by tests.
public protocol PasswordPrompter {
    /// Reads a line without echo after showing `prompt`; `nil` at end of input.
    func readSecret(prompt: String) -> String?
    /// Shows a one-line message.
    func say(_ message: String)
}

/// One password for every request (tests; `--json_password`-style automation).
public struct FixedPasswordSource: PasswordSource {
    let password: Password
    let policy: PasswordPolicy?

    /// Answers every request with `password`; new passwords are still checked against `policy`
    /// when one is given.
    public init(_ password: Password, policy: PasswordPolicy? = nil) {
        self.password = password
        self.policy = policy
    }

    public func unlockPassword(for keyfile: Keyfile) throws(WalletError) -> Password { password }

    public func newPassword(for keyfile: Keyfile) throws(WalletError) -> Password {
        if let policy, !password.withText(policy.accepts) { throw .weakPassword(PasswordPolicy.weakMessage) }
        return password
    }
}

/// bittensor's behaviour: a password from `BT_COLD_PW_<WALLETNAME>` when set, otherwise the
/// prompts `Enter password to unlock key: ` / `Specify password for key encryption: ` and
/// `Retype your password: `, with the strength check, three tries.
public struct InteractivePasswordSource: PasswordSource {
    let environment: [String: String]
    let prompter: PasswordPrompter?
    let policy: PasswordPolicy
    let attempts: Int

    /// - Parameters:
    ///   - environment: the process environment (for `BT_COLD_PW_*`).
    ///   - prompter: the terminal; `nil` when prompting is not allowed (`--no_prompt`).
    public init(environment: [String: String], prompter: PasswordPrompter?, policy: PasswordPolicy = .bittensor, attempts: Int = 3) {
        self.environment = environment
        self.prompter = prompter
        self.policy = policy
        self.attempts = attempts
    }

    func fromEnvironment(_ keyfile: Keyfile) -> Password? {
        for name in keyfile.passwordVariables {
            if let value = environment[name] { return Password(value) }
        }
        return nil
    }

    public func unlockPassword(for keyfile: Keyfile) throws(WalletError) -> Password {
        if let password = fromEnvironment(keyfile) { return password }
        guard let prompter, let text = prompter.readSecret(prompt: "Enter password to unlock key: ") else {
            throw .passwordRequired(path: keyfile.path)
        }
        return Password(text)
    }

    public func newPassword(for keyfile: Keyfile) throws(WalletError) -> Password {
        if let password = fromEnvironment(keyfile) {
            guard password.withText(policy.accepts) else {
                throw .weakPassword("The password in \(keyfile.passwordVariables[0]) is not strong enough: use at least 6 characters and more variety.")
            }
            return password
        }
        guard let prompter else { throw .passwordRequired(path: keyfile.path) }
        var lastError: WalletError = .passwordRequired(path: keyfile.path)
        for _ in 0..<attempts {
            guard let first = prompter.readSecret(prompt: "Specify password for key encryption: ") else {
                throw .passwordRequired(path: keyfile.path)
            }
            guard policy.accepts(first) else {
                prompter.say(PasswordPolicy.weakMessage)
                lastError = .weakPassword(PasswordPolicy.weakMessage)
                continue
            }
            guard let second = prompter.readSecret(prompt: "Retype your password: ") else {
                throw .passwordRequired(path: keyfile.path)
            }
            guard Password(first).matches(Password(second)) else {
                prompter.say("Passwords do not match")
                lastError = .passwordsDoNotMatch
                continue
            }
            return Password(first)
        }
        throw lastError
    }
}
