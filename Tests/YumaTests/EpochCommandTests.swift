import Foundation
import JSON
@testable import SubtensorCommands
import Testing
import Yuma

/// `subtensor epoch`'s input format: what it accepts, and the one sentence it prints for what it
/// does not.
@Suite struct EpochCommandTests {
    static let minimal = """
        {"n": 2, "current_block": 10, "stake": [1, 3], "last_update": [10, 10],
         "block_at_registration": [0, 0], "rao_emission": 1000}
        """

    static func run(_ text: String, variant: EpochVariant = .sparse) throws(EpochFormatError) -> [EpochDocument.Result] {
        try EpochDocument(bytes: Array(text.utf8)).run(defaultVariant: variant)
    }

    static func message(_ text: String) -> String? {
        do {
            _ = try run(text)
            return nil
        } catch {
            return error.description
        }
    }

    @Test func aMinimalSnapshotTakesTheDefaults() throws {
        let result = try #require(try Self.run(Self.minimal).first)
        #expect(result.input.weights == [[], []] && result.input.bonds == [[], []])
        #expect(result.input.validatorPermit == [true, true])  // top 128 by stake
        #expect(result.input.hyperparameters == .finneyDefaults)
        #expect(result.output.emission == [250, 750])
    }

    @Test func theOutputListsEveryStoredVectorInTheDocumentedOrder() throws {
        let results = try Self.run(Self.minimal)
        let rendered = EpochOutputJSON.render(results, sequence: false)
        let object = try #require(try JSONParser.parse(Array(rendered.utf8)).epochObject)
        #expect(object.keys == ["active", "rank", "trust", "consensus", "incentive", "dividends", "emission",
                                "validator_trust", "validator_permit", "bonds", "pruning_scores", "server_emission",
                                "validator_emission", "info"])
        #expect(object["emission"] == .array([.integer(250), .integer(750)]))
        #expect(object["info"]?.epochObject?["variant"] == .string("sparse"))
    }

    @Test func weightsRawAreStoredTheWaySetWeightsStoresThem() throws {
        let stored = try Self.run("""
            {"n": 3, "current_block": 1, "stake": [5, 0, 0], "last_update": [1, 1, 1], "block_at_registration": [0, 0, 0],
             "weights": {"0": [[1, 65535], [2, 32768]]}, "validator_permit": [true, false, false], "rao_emission": 100}
            """)
        let raw = try Self.run("""
            {"n": 3, "current_block": 1, "stake": [5, 0, 0], "last_update": [1, 1, 1], "block_at_registration": [0, 0, 0],
             "weights_raw": true, "weights": [[[1, 43690], [2, 21845]], [], []], "validator_permit": [true, false, false],
             "rao_emission": 1e2}
            """)
        #expect(raw[0].input.weights[0] == [UIDValue(uid: 1, value: 65535), UIDValue(uid: 2, value: 32768)])
        #expect(raw[0].output == stored[0].output)
    }

    @Test func aSequencePatchesFieldsAndCarriesBondsAndPermits() throws {
        let results = try Self.run("""
            {"initial_state": {"n": 2, "block": 0, "stake": [1, 0], "last_update": [0, 0], "block_at_registration": [0, 0],
                               "validator_permit": [false, false], "rao_emission": 10},
             "steps": [{"label": "first"},
                       {"current_block": 2, "weights": {"0": [[1, 65535]]}, "last_update": {"0": 2}, "variant": "dense"}]}
            """)
        #expect(results.count == 2 && results[0].label == "first")
        #expect(results[1].input.validatorPermit == results[0].output.validatorPermit)
        #expect(results[1].input.lastUpdate == [2, 0] && results[1].variant == .dense)
        #expect(results[1].output.emission == [5, 5])
        #expect(results[1].output.bonds[0] == [UIDValue(uid: 0, value: 0), UIDValue(uid: 1, value: 65535)])
    }

    @Test(arguments: [
        ("{\"n\": 1,", "input is not valid JSON: unexpected end of input at line 1, column 9."),
        ("[1, 2]", "the input must be an object, found a list."),
        (#"{"n": 2, "current_block": 1, "stake": [1, "x"]}"#,
         "stake[1] must be an integer from 0 to 18446744073709551615, found a string."),
        (#"{"n": 2, "current_block": 1, "stake": [1, -1]}"#,
         "stake[1] must be an integer from 0 to 18446744073709551615, found -1."),
        (#"{"n": 2, "current_block": 1, "stake": [1, 0.5]}"#,
         "stake[1] must be an integer from 0 to 18446744073709551615, found 0.5."),
        (#"{"n": 70000}"#, "n must be an integer from 0 to 65535, found 70000."),
        (#"{"n": 2, "current_block": 1, "stake": [1], "last_update": [0, 0], "block_at_registration": [0, 0], "rao_emission": 1}"#,
         "stake has 1 entry, but n is 2."),
        (#"{"n": 2, "current_block": 1, "stake": [1, 1], "last_update": [0, 0], "block_at_registration": [0, 0], "rao_emission": 1, "weights": [[[5, 1]], []]}"#,
         "weights[0] refers to uid 5, but uids must be below n = 2."),
        (#"{"n": 2, "current_block": 1, "stake": [1, 1], "weights": [[5], []]}"#,
         "weights[0][0] must be a [uid, value] pair, found 5."),
        (#"{"n": 2, "current_block": 1, "stake": [1, 1], "weights": [[[0, 70000]], []]}"#,
         "weights[0][0][1] (value) must be an integer from 0 to 65535, found 70000."),
        (#"{"n": 2, "stake": [1, 1], "last_update": [0, 0], "block_at_registration": [0, 0], "rao_emission": 1}"#,
         "current_block is missing."),
        (#"{"n": 2, "hyperparameters": {"kappa": 65536}}"#,
         "hyperparameters.kappa must be an integer from 0 to 65535, found 65536."),
        (#"{"n": 2, "stake": {"0": 1}}"#,
         "stake is an object of patches {\"uid\": value}, but there is no full list to patch yet."),
        (#"{"n": 2, "stake": [1, 1], "validator_permit": [true, 1]}"#, "validator_permit[1] must be true or false, found 1."),
        (#"{"n": 1, "variant": "fast"}"#, "variant must be \"sparse\" or \"dense\", found a string."),
        (#"{"steps": []}"#, "initial_state is missing (a document with steps is a sequence)."),
        (#"{"initial_state": {"n": 2, "current_block": 1, "stake": [1, 1], "last_update": [0, 0], "block_at_registration": [0, 0], "rao_emission": 1}, "steps": [{}, {"stake": {"2": 5}}]}"#,
         "steps[1].stake patches \"2\", which is not a uid below 2."),
        (#"{"initial_state": {"n": 2, "current_block": 1, "stake": [1, 1], "last_update": [0, 0], "block_at_registration": [0, 0], "rao_emission": 1}, "steps": [{"n": 3}]}"#,
         "steps[0]: stake has 2 entries, but n is 3."),
        (String(repeating: "[", count: 600), "input is not valid JSON: nesting deeper than 512 levels at line 1, column 513."),
    ])
    func invalidInputIsOneSentenceNamingTheField(input: String, expected: String) {
        #expect(Self.message(input) == expected)
    }
}

/// The built `subtensor` binary, beside the test bundle in the build folder.
enum EpochBinary {
    static var url: URL {
        var dir = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
        if dir.lastPathComponent.hasSuffix(".xctest") { dir = dir.deletingLastPathComponent() }
        return dir.appendingPathComponent("subtensor")
    }
}

/// `subtensor epoch` run as a process: exit status, standard output and standard error.
@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: EpochBinary.url.path)))
struct EpochBinaryTests {
    static func run(_ arguments: [String], stdin: [UInt8] = []) throws -> (status: Int32, stdout: [UInt8], stderr: String) {
        let process = Process()
        process.executableURL = EpochBinary.url
        process.arguments = ["epoch"] + arguments
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        input.fileHandleForWriting.write(Data(stdin))
        try input.fileHandleForWriting.close()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, Array(stdout), String(decoding: stderr, as: UTF8.self))
    }

    @Test func aCaseFileOnStandardInputGivesTheChainsEmissions() throws {
        let (status, stdout, _) = try Self.run([], stdin: try ReferenceCases.bytes("rust_test_bonds"))
        #expect(status == 0)
        let steps = try #require(try JSONParser.parse(stdout).epochObject?["steps"]?.arrayValue)
        let emission = try #require(steps[1].epochObject?["emission"]).list().map { try $0.int(UInt64.self) }
        #expect(emission == [49_999_998, 99_999_999, 150_000_000, 200_000_001, 49_998_779, 100_000_610, 149_996_337, 200_004_272])
    }

    @Test func theDenseFlagStoresTheSameNumbers() throws {
        let file = ReferenceCases.directory.appendingPathComponent("rust_test_active_stake.json").path
        let sparse = try Self.run([file])
        let dense = try Self.run(["--dense", file])
        #expect(sparse.status == 0 && dense.status == 0)
        let sparseSteps = try #require(try JSONParser.parse(sparse.stdout).epochObject?["steps"]?.arrayValue)
        let denseSteps = try #require(try JSONParser.parse(dense.stdout).epochObject?["steps"]?.arrayValue)
        for (s, d) in zip(sparseSteps, denseSteps) {
            for field in ["rank", "trust", "consensus", "dividends", "emission", "validator_trust", "pruning_scores"] {
                #expect(s.epochObject?[field] == d.epochObject?[field], "\(field)")
            }
        }
    }

    @Test func invalidInputPrintsOneErrorLineAndExitsWithStatusTwo() throws {
        let (status, stdout, stderr) = try Self.run([], stdin: Array(#"{"n": 2, "stake": [1, true]}"#.utf8))
        #expect(status == 2)
        #expect(stdout.isEmpty)
        #expect(stderr == "Error: stake[1] must be an integer from 0 to 18446744073709551615, found a boolean.\n")
        let missing = try Self.run(["/nonexistent/epoch.json"])
        #expect(missing.status == 2 && missing.stderr == "Error: cannot read /nonexistent/epoch.json.\n")
    }
}
