/// Where a dendrite sends a synapse: an axon's address and the hotkey it serves under (what a
/// metagraph's `AxonInfo` holds).
public struct AxonEndpoint: Sendable, Hashable {
    public var ip: String
    public var port: Int
    public var hotkey: String

    public init(ip: String, port: Int, hotkey: String) {
        self.ip = ip
        self.port = port
        self.hotkey = hotkey
    }

    /// `http://ip:port/<name>`, with IPv6 addresses in brackets.
    func url(for name: String) -> String {
        let host = ip.contains(":") && !ip.hasPrefix("[") ? "[\(ip)]" : ip
        return "http://\(host):\(port)/\(name)"
    }
}
