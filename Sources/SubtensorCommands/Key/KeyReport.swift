import JSON
import Keys
import Primitives

/// What `key inspect` and `key generate` print about a key, in subkey's text and JSON layouts.
struct KeyReport {
    enum Origin {
        case phrase(String)
        case secretURI(String)
        case publicURI(String)
    }

    let origin: Origin
    let network: NetworkPrefix
    let seed: [UInt8]?
    let publicKey: [UInt8]

    func render(_ output: OutputType) throws -> String {
        let publicHex = Hex.encode(publicKey, prefixed: true)
        let address = try SS58.encode(publicKey: publicKey, prefix: network.prefix)
        let seedText = seed.map { Hex.encode($0, prefixed: true) } ?? "n/a"
        switch output {
        case .json:
            var fields: [(String, String)] = [("networkId", network.name)]
            switch origin {
            case .phrase(let p): fields += [("secretPhrase", p), ("secretSeed", seedText)]
            case .secretURI(let u): fields += [("secretKeyUri", u), ("secretSeed", seedText)]
            case .publicURI(let u): fields += [("publicKeyUri", u)]
            }
            fields += [("publicKey", publicHex), ("accountId", publicHex), ("ss58PublicKey", address), ("ss58Address", address)]
            return JSONText.object(fields.sorted { $0.0 < $1.0 })
        case .text:
            let secretLines = """
                  Network ID:        \(network.name)
                  Secret seed:       \(seedText)
                  Public key (hex):  \(publicHex)
                  Account ID:        \(publicHex)
                  Public key (SS58): \(address)
                  SS58 Address:      \(address)
                """
            switch origin {
            case .phrase(let p):
                return "Secret phrase:       \(p)\n" + secretLines
            case .secretURI(let u):
                return "Secret Key URI `\(u)` is account:\n" + secretLines
            case .publicURI(let u):
                return """
                    Public Key URI `\(u)` is account:
                      Network ID/Version: \(network.name)
                      Public key (hex):   \(publicHex)
                      Account ID:         \(publicHex)
                      Public key (SS58):  \(address)
                      SS58 Address:       \(address)
                    """
            }
        }
    }
}

/// A tiny writer for flat JSON objects of strings (pretty, two-space indent, like serde_json).
enum JSONText {
    static func object(_ fields: [(String, String)]) -> String {
        let body = fields.map { "  \(JSONString.quoted($0.0)): \(JSONString.quoted($0.1))" }.joined(separator: ",\n")
        return "{\n\(body)\n}"
    }
}
