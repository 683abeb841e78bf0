import Foundation
import JSONRPC
import Primitives

/// A connection to a Subtensor node over WebSocket JSON-RPC: typed storage reads, bittensor's info
/// RPCs, and signed extrinsics submitted and watched until they are in a block.
///
/// Reads that fail because the connection dropped reconnect once and retry; subscriptions do not.
public actor SubtensorClient {
    /// Where this client connects.
    public nonisolated let endpoint: ChainEndpoint
    private var rpc: RPCClient?
    private var cachedGenesisHash: H256?
    private var cachedVersion: (spec: UInt32, transaction: UInt32)?

    /// Connects to `endpoint`; throws `.unreachable` with the reason when nothing answers.
    public init(endpoint: ChainEndpoint) async throws(ChainClientError) {
        self.endpoint = endpoint
        self.rpc = try await Self.connect(endpoint)
    }

    /// Closes the connection.
    public func close() async {
        await rpc?.close()
        rpc = nil
    }

    static func connect(_ endpoint: ChainEndpoint) async throws(ChainClientError) -> RPCClient {
        if endpoint.url.hasPrefix("wss://") {
            throw .unreachable(endpoint: endpoint.url, reason: "TLS endpoints (wss://) are not supported by this client yet; use a ws:// endpoint such as a local node")
        }
        do {
            return try await RPCClient(url: endpoint.url)
        } catch let error as RPCClient.ConnectionError {
            throw .unreachable(endpoint: endpoint.url, reason: error.description)
        } catch {
            throw .unreachable(endpoint: endpoint.url, reason: Self.reason(error))
        }
    }

    private static func reason(_ error: any Error) -> String {
        let text = String(describing: error)
        if text.localizedCaseInsensitiveContains("refused") { return "connection refused (is a node running there?)" }
        if text.localizedCaseInsensitiveContains("timeout") || text.localizedCaseInsensitiveContains("timed out") { return "the connection timed out" }
        return text
    }

    /// Sends one JSON-RPC request; a dropped connection is reopened once.
    public func request(_ method: String, _ params: [JSONValue] = []) async throws(ChainClientError) -> JSONValue {
        for attempt in 0..<2 {
            let client: RPCClient
            if let rpc { client = rpc } else {
                client = try await Self.connect(endpoint)
                rpc = client
            }
            do {
                return try await client.request(method, params)
            } catch let error as RPCError {
                throw .badResponse("\(method): \(error.message)\(error.data.map { " (\($0))" } ?? "")")
            } catch {
                await client.close()
                rpc = nil
                if attempt == 1 { throw .unreachable(endpoint: endpoint.url, reason: Self.reason(error)) }
            }
        }
        throw .unreachable(endpoint: endpoint.url, reason: "the connection closed")
    }

    /// The open connection, opened again if it dropped.
    func connection() async throws(ChainClientError) -> RPCClient {
        if let rpc { return rpc }
        let client = try await Self.connect(endpoint)
        rpc = client
        return client
    }

    // MARK: Chain facts

    /// The genesis block's hash (cached).
    public func genesisHash() async throws(ChainClientError) -> H256 {
        if let cachedGenesisHash { return cachedGenesisHash }
        let hash = try await blockHash(0)
        cachedGenesisHash = hash
        return hash
    }

    /// `specVersion` and `transactionVersion` (cached).
    public func runtimeVersion() async throws(ChainClientError) -> (spec: UInt32, transaction: UInt32) {
        if let cachedVersion { return cachedVersion }
        let answer = try await request("state_getRuntimeVersion")
        guard let spec = answer["specVersion"]?.integerValue, let transaction = answer["transactionVersion"]?.integerValue,
              let specValue = UInt32(exactly: spec), let transactionValue = UInt32(exactly: transaction)
        else { throw .badResponse("state_getRuntimeVersion: \(answer)") }
        cachedVersion = (specValue, transactionValue)
        return (specValue, transactionValue)
    }

    /// The hash of block `number`.
    public func blockHash(_ number: UInt64) async throws(ChainClientError) -> H256 {
        let answer = try await request("chain_getBlockHash", [.integer(Int64(number))])
        guard let text = answer.stringValue, let hash = Self.hash(text) else { throw .badResponse("no block #\(number)") }
        return hash
    }

    /// The best block's number and hash.
    public func bestBlock() async throws(ChainClientError) -> (number: UInt64, hash: H256) {
        let header = try await request("chain_getHeader")
        guard let numberText = header["number"]?.stringValue, let number = UInt64(numberText.dropFirst(2), radix: 16),
              let hash = try await request("chain_getBlockHash", [.integer(Int64(number))]).stringValue.flatMap(Self.hash)
        else { throw .badResponse("chain_getHeader: \(header)") }
        return (number, hash)
    }

    /// The name of the chain (`Bittensor Dev`, …).
    public func chainName() async throws(ChainClientError) -> String {
        try await request("system_chain").stringValue ?? ""
    }

    static func hash(_ text: String) -> H256? {
        guard let bytes = try? Hex.decode(text), let hash = H256(bytes: bytes) else { return nil }
        return hash
    }

    static func hex<C: Collection>(_ bytes: C) -> JSONValue where C.Element == UInt8 {
        .string(Hex.encode(bytes, prefixed: true))
    }
}
