import Foundation
import Testing
@testable import Config

/// `--config FILE`: flat dotted keys as bittensor reads them, nested mappings, lists, errors.
@Suite struct ConfigFileTests {
    @Test func flatDottedKeys() throws {
        let entries = try ConfigFile.parse(yaml: "wallet.name: alice\naxon.port: 9000\nsubtensor.network: test\n")
        #expect(entries == ["wallet.name": .scalar("alice"), "axon.port": .scalar("9000"), "subtensor.network": .scalar("test")])
    }

    @Test func nestedMappingsListsAndNulls() throws {
        let yaml = """
            wallet:
              name: bob
              hotkey: h2
            netuids: [1, 3]
            subtensor:
              chain_endpoint: null
            """
        let entries = try ConfigFile.parse(yaml: yaml)
        #expect(entries["wallet.name"] == .scalar("bob"))
        #expect(entries["wallet.hotkey"] == .scalar("h2"))
        #expect(entries["netuids"] == .list(["1", "3"]))
        #expect(entries["subtensor.chain_endpoint"] == nil)
    }

    @Test func emptyFileIsEmpty() throws {
        #expect(try ConfigFile.parse(yaml: "").isEmpty)
    }

    @Test(arguments: ["- a\n- b\n", "key: [unclosed\n", "bad key!: 1\n", "just a string"])
    func malformedFilesAreErrors(_ yaml: String) {
        #expect(throws: ConfigError.self) { try ConfigFile.parse(yaml: yaml, path: "c.yml") }
    }

    @Test func loadsFromDiskAndReportsMissingFiles() throws {
        let path = NSTemporaryDirectory() + "config-\(UUID().uuidString).yml"
        try "axon.port: 1234\n".write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try ConfigFile.load(path: path) == ["axon.port": .scalar("1234")])
        #expect(throws: ConfigError.fileUnreadable(path: path + ".missing")) { try ConfigFile.load(path: path + ".missing") }
    }
}
