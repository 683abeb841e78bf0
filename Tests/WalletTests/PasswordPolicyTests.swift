import Testing
@testable import Wallet

/// The password policy gives password_strength's verdicts (as bittensor configures it).
@Suite struct PasswordPolicyTests {
    @Test(arguments: WalletFixtures.policy.cases)
    func verdictMatchesPasswordStrength(_ sample: WalletFixtures.PolicyCase) {
        #expect(PasswordPolicy.bittensor.accepts(sample.password) == sample.accepted)
    }

    @Test func emptyAndShortAreRejected() {
        #expect(!PasswordPolicy.bittensor.accepts(""))
        #expect(!PasswordPolicy.bittensor.accepts("Ab1!x"))
    }

    @Test func detectorsMatchTheirDefinitions() {
        let scalars = { (s: String) in Array(s.unicodeScalars) }
        #expect(PasswordPolicy.repeatedPatternsLength(scalars("abcABCx")) == 6)
        #expect(PasswordPolicy.repeatedPatternsLength(scalars("aaab")) == 3)
        #expect(PasswordPolicy.sequencesLength(scalars("xabcdx")) == 4)
        #expect(PasswordPolicy.sequencesLength(scalars("321")) == 3)
    }
}

/// The interactive password source: environment first, then prompts with retype and the policy.
@Suite struct PasswordSourceTests {
    final class ScriptedPrompter: PasswordPrompter {
        var answers: [String]
        var prompts: [String] = []
        var messages: [String] = []
        init(_ answers: [String]) { self.answers = answers }
        func readSecret(prompt: String) -> String? {
            prompts.append(prompt)
            return answers.isEmpty ? nil : answers.removeFirst()
        }
        func say(_ message: String) { messages.append(message) }
    }

    let keyfile = Keyfile(path: "/tmp/w/alice/coldkey", passwordVariables: ["BT_COLD_PW_ALICE"])

    @Test func environmentWins() throws {
        let prompter = ScriptedPrompter([])
        let source = InteractivePasswordSource(environment: ["BT_COLD_PW_ALICE": "correct horse"], prompter: prompter)
        #expect(try source.unlockPassword(for: keyfile).withText { $0 } == "correct horse")
        #expect(try source.newPassword(for: keyfile).withText { $0 } == "correct horse")
        #expect(prompter.prompts.isEmpty)
    }

    @Test func weakEnvironmentPasswordIsRefusedWithoutEchoingIt() {
        let source = InteractivePasswordSource(environment: ["BT_COLD_PW_ALICE": "abcdef"], prompter: nil)
        do {
            _ = try source.newPassword(for: keyfile)
            Issue.record("accepted a weak password")
        } catch {
            #expect(!error.description.contains("abcdef"))
            #expect(error.description.contains("BT_COLD_PW_ALICE"))
        }
    }

    @Test func promptsRetryOnWeakAndMismatch() throws {
        let prompter = ScriptedPrompter(["abcdef", "hello world", "hello w0rld", "hello world", "hello world"])
        let source = InteractivePasswordSource(environment: [:], prompter: prompter)
        #expect(try source.newPassword(for: keyfile).withText { $0 } == "hello world")
        #expect(prompter.messages == [PasswordPolicy.weakMessage, "Passwords do not match"])
        #expect(prompter.prompts.filter { $0 == "Retype your password: " }.count == 2)
    }

    @Test func noPromptAndNoEnvironmentIsAClearError() {
        let source = InteractivePasswordSource(environment: [:], prompter: nil)
        #expect(throws: WalletError.passwordRequired(path: keyfile.path)) { try source.unlockPassword(for: keyfile) }
    }

    @Test func passwordIsRedacted() {
        let password = Password("hunter22")
        #expect(!"\(password)".contains("hunter22"))
        #expect(!String(reflecting: password).contains("hunter22"))
    }
}
