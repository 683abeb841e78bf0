import Foundation
import Testing
@testable import Keys

/// Runs the built `subtensor` binary (it sits next to the test bundle in the build folder).
struct SubtensorBinary {
    static var url: URL {
        let exe = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var dir = exe.deletingLastPathComponent()
        // …/debug/swift-bittensorPackageTests.xctest on Linux is the executable itself.
        if dir.lastPathComponent.hasSuffix(".xctest") { dir = dir.deletingLastPathComponent() }
        return dir.appendingPathComponent("subtensor")
    }

    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    static func run(_ arguments: [String], stdin: String? = nil) throws -> Result {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let stdoutData = out.fileHandleForReading.readDataToEndOfFile()
        let stderrData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: stdoutData, as: UTF8.self),
                      stderr: String(decoding: stderrData, as: UTF8.self))
    }
}

@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: SubtensorBinary.url.path)))
struct KeyCommandTests {
    @Test func inspectPrintsSubkeyJSONForAlice() throws {
        let r = try SubtensorBinary.run(["key", "inspect", "//Alice", "--output-type", "json"])
        #expect(r.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: String])
        #expect(json["publicKey"] == "0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d")
        #expect(json["accountId"] == json["publicKey"])
        #expect(json["ss58Address"] == "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY")
        #expect(json["secretSeed"] == "0xe5be9a5092b81bca64be81d212e7f2f9eba183bb7a90954f7b76361f6edb5c0a")
        #expect(json["networkId"] == "substrate")
        #expect(json["secretKeyUri"] == "//Alice")
    }

    @Test func inspectHonoursNetworkAndPublicMode() throws {
        let r = try SubtensorBinary.run(["key", "inspect", "--public", "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY", "--network", "0"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("15oF4uVJwmo4TdGW7VfQxNLavjCXviqxT9S1MgbjMNHr6Sp5"))
        #expect(r.stdout.contains("Network ID/Version: polkadot"))
    }

    @Test func generateThenInspectGiveTheSameKey() throws {
        let generated = try SubtensorBinary.run(["key", "generate", "--words", "15", "--scheme", "ed25519", "--output-type", "json"])
        #expect(generated.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(generated.stdout.utf8)) as? [String: String])
        let phrase = try #require(json["secretPhrase"])
        #expect(phrase.split(separator: " ").count == 15)
        let pair = try Keypair(uri: phrase, scheme: .ed25519)
        #expect(json["ss58Address"] == (try pair.ss58Address()))
    }

    @Test func signThenVerifyBothSchemesAndStdin() throws {
        for scheme in ["sr25519", "ed25519"] {
            let sign = try SubtensorBinary.run(["key", "sign", "--suri", "//Bob", "--scheme", scheme], stdin: "a message")
            #expect(sign.status == 0)
            let signature = sign.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
            #expect(signature.count == 128)
            let bob = try Keypair(uri: "//Bob", scheme: scheme == "sr25519" ? .sr25519 : .ed25519)
            let ok = try SubtensorBinary.run(["key", "verify", signature, try bob.ss58Address(), "--message", "a message", "--scheme", scheme])
            #expect(ok.status == 0)
            let bad = try SubtensorBinary.run(["key", "verify", signature, try bob.ss58Address(), "--message", "another", "--scheme", scheme])
            #expect(bad.status == 1)
        }
    }

    @Test(arguments: [
        (["key", "inspect", "legal winner thank year wave sausage worth useful legal winner thank thank"], "checksum"),
        (["key", "inspect", "legal winner thank year wave sausage worth useful legal winner thank"], "11 words"),
        (["key", "generate", "--words", "13"], "13 words"),
        (["key", "verify", "00", "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY", "--message", "x"], "expected 64 bytes"),
        (["key", "verify", String(repeating: "ab", count: 64), "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQZ", "--message", "x"], "checksum"),
        (["key", "sign", "--suri", "//Alice", "--hex", "--message", "0xzz"], "not a hex digit"),
        (["key", "inspect", "//Alice/soft", "--scheme", "ed25519"], "soft junction"),
    ])
    func badInputGetsOneLineAndNonZeroExit(arguments: [String], expected: String) throws {
        let r = try SubtensorBinary.run(arguments)
        #expect(r.status == 2)
        #expect(r.stdout.isEmpty)
        let lines = r.stderr.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(r.stderr.contains(expected), "stderr: \(r.stderr)")
    }
}
