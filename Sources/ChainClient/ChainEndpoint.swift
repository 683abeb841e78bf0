/// Where a chain client connects: a named network (`finney`, `test`, `local`) or an explicit
/// WebSocket URL, as bittensor's `--subtensor.network` and `--subtensor.chain_endpoint` give it.
public struct ChainEndpoint: Equatable, Sendable, CustomStringConvertible {
    /// The network's name (`local`, `finney`, `test`, or `custom` for an explicit URL).
    public let network: String
    /// The WebSocket URL.
    public let url: String

    /// The networks bittensor knows by name, with their entry points.
    public static let knownNetworks: [(name: String, url: String)] = [
        ("finney", "wss://entrypoint-finney.opentensor.ai:443"),
        ("test", "wss://test.finney.opentensor.ai:443"),
        ("archive", "wss://archive.chain.opentensor.ai:443"),
        ("local", "ws://127.0.0.1:9944"),
    ]

    /// The endpoint for `network` or, when `chainEndpoint` is given, that URL.
    ///
    /// `network` may itself be a URL (`ws://host:port`), as bittensor accepts.
    public init(network: String?, chainEndpoint: String? = nil) throws(ChainClientError) {
        if let chainEndpoint, !chainEndpoint.isEmpty {
            let known = Self.knownNetworks.first { $0.url == chainEndpoint }
            try self.init(url: chainEndpoint, network: known?.name ?? "custom")
            return
        }
        let name = (network ?? "finney").lowercased()
        if name.hasPrefix("ws://") || name.hasPrefix("wss://") {
            try self.init(url: name, network: "custom")
            return
        }
        guard let known = Self.knownNetworks.first(where: { $0.name == name }) else {
            let names = Self.knownNetworks.map(\.name).joined(separator: ", ")
            throw .unknownNetwork("unknown network '\(network ?? "")': use one of \(names), or give --subtensor.chain_endpoint ws://HOST:PORT")
        }
        try self.init(url: known.url, network: known.name)
    }

    private init(url: String, network: String) throws(ChainClientError) {
        var text = url
        if !text.contains("://") { text = "ws://" + text }
        guard text.hasPrefix("ws://") || text.hasPrefix("wss://") else {
            throw .unknownNetwork("not a WebSocket endpoint: '\(url)' (expected ws://HOST:PORT)")
        }
        self.network = network
        self.url = text
    }

    public var description: String { network == "custom" ? url : "\(network) (\(url))" }
}
