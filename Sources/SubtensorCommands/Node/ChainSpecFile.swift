import ArgumentParser
import Foundation
import Primitives
import Runtime
import SCALECodec

/// A chain specification as JSON (`subtensor build-spec`): names, properties and the genesis
/// configuration, readable again by `--chain FILE`.
enum ChainSpecFile {
    /// The spec of `genesis` as pretty JSON.
    static func json(_ genesis: GenesisConfig) throws -> Data {
        let subnets: [[String: Any]] = genesis.subnets.map { subnet in
            [
                "netuid": Int(subnet.netuid), "tempo": Int(subnet.tempo), "modality": Int(subnet.modality),
                "registrationAllowed": subnet.registrationAllowed, "emissionValue": NSNumber(value: subnet.emissionValue),
                "settings": subnet.settings.map { Hex.encode(RuntimeCall.subtensor($0).scaleEncoded(), prefixed: true) },
            ]
        }
        let document: [String: Any] = [
            "name": genesis.name, "id": genesis.id, "chainType": genesis.id == "dev" ? "Development" : "Local",
            "properties": ["ss58Format": 42, "tokenDecimals": 9, "tokenSymbol": "TAO"],
            "genesis": [
                "balances": genesis.balances.map { [$0.0.ss58(), NSNumber(value: $0.1)] as [Any] },
                "sudo": genesis.sudoKey.map { $0.ss58() as Any } ?? NSNull(),
                "authorities": genesis.authorities.map { $0.ss58() },
                "subnets": subnets,
                "countBalancesInIssuance": genesis.countBalancesInIssuance,
                "globalSettings": genesis.globalSettings.map { Hex.encode(RuntimeCall.subtensor($0).scaleEncoded(), prefixed: true) },
            ] as [String: Any],
        ]
        return try JSONSerialization.data(withJSONObject: document, options: [.prettyPrinted, .sortedKeys])
    }

    /// Reads a spec file; every error names the field.
    static func read(path: String) throws -> GenesisConfig {
        func fail(_ what: String) -> ValidationError { ValidationError("chain spec \(path): \(what)") }
        guard let data = FileManager.default.contents(atPath: path),
              let document = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else { throw fail("not a JSON object") }
        guard let name = document["name"] as? String, let id = document["id"] as? String else { throw fail("needs string fields name and id") }
        guard let genesis = document["genesis"] as? [String: Any] else { throw fail("needs a genesis object") }
        func account(_ value: Any?, _ field: String) throws -> AccountID {
            guard let text = value as? String, let account = try? AccountID(parsing: text) else { throw fail("\(field) is not an address") }
            return account
        }
        func calls(_ value: Any?, _ field: String) throws -> [SubtensorCall] {
            try ((value as? [String]) ?? []).map { text in
                guard let bytes = try? Hex.decode(text), case .subtensor(let call)? = try? RuntimeCall(scaleBytes: bytes) else {
                    throw fail("\(field) holds \(text), not a SubtensorModule call")
                }
                return call
            }
        }
        let balances = try ((genesis["balances"] as? [[Any]]) ?? []).map { pair -> (AccountID, UInt64) in
            guard pair.count == 2, let amount = (pair[1] as? NSNumber)?.uint64Value else { throw fail("balances entries are [address, rao]") }
            return (try account(pair[0], "balances"), amount)
        }
        let subnets = try ((genesis["subnets"] as? [[String: Any]]) ?? []).map { entry -> GenesisConfig.Subnet in
            guard let netuid = (entry["netuid"] as? NSNumber)?.uint16Value else { throw fail("a subnet needs a netuid") }
            return GenesisConfig.Subnet(
                netuid: netuid, tempo: (entry["tempo"] as? NSNumber)?.uint16Value ?? 99, modality: (entry["modality"] as? NSNumber)?.uint16Value ?? 0,
                registrationAllowed: entry["registrationAllowed"] as? Bool ?? false,
                emissionValue: (entry["emissionValue"] as? NSNumber)?.uint64Value ?? 0, settings: try calls(entry["settings"], "settings"))
        }
        return GenesisConfig(
            name: name, id: id, balances: balances,
            sudoKey: genesis["sudo"] is String ? try account(genesis["sudo"], "sudo") : nil,
            authorities: try ((genesis["authorities"] as? [Any]) ?? []).map { try account($0, "authorities") },
            subnets: subnets, countBalancesInIssuance: genesis["countBalancesInIssuance"] as? Bool ?? false,
            globalSettings: try calls(genesis["globalSettings"], "globalSettings"))
    }
}

/// `subtensor build-spec`: prints a chain specification to edit and pass back with `--chain`.
struct BuildSpecCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build-spec", abstract: "Print a chain specification (JSON) to edit and run with `--chain FILE`.")

    @Option(help: "The chain to describe: dev or local.")
    var chain: String = "local"

    @Flag(help: "Describe the development chain (same as --chain dev).")
    var dev = false

    func run() throws {
        let genesis = try ChainSpecOption.genesis(dev ? "dev" : chain)
        FileHandle.standardOutput.write(try ChainSpecFile.json(genesis))
        print()
    }
}

/// `subtensor purge-chain`: deletes a chain's database.
struct PurgeChainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "purge-chain", abstract: "Delete the database of a chain.")

    @Option(help: "The chain whose database to delete: dev, local or a spec file.")
    var chain: String = "local"

    @Flag(help: "The development chain.")
    var dev = false

    @Option(name: [.customShort("d"), .long], help: "The base path the node used.")
    var basePath: String?

    @Flag(name: .shortAndLong, help: "Do not ask for confirmation.")
    var yes = false

    func run() throws {
        let genesis = try ChainSpecOption.genesis(dev ? "dev" : chain)
        let directory = URL(fileURLWithPath: basePath ?? ChainSpecOption.defaultBasePath).appendingPathComponent("chains/\(genesis.id)/db")
        guard FileManager.default.fileExists(atPath: directory.path) else {
            print("\(directory.path) does not exist; nothing to purge.")
            return
        }
        if !yes {
            print("Are you sure to remove \"\(directory.path)\"? [y/N]: ", terminator: "")
            guard let answer = readLine(), answer.lowercased().hasPrefix("y") else {
                print("Aborted")
                return
            }
        }
        try FileManager.default.removeItem(at: directory)
        print("\"\(directory.path)\" removed.")
    }
}
