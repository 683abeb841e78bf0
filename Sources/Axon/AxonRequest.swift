import Foundation

/// One HTTP request as the axon pipeline sees it, independent of the server library, so the
/// whole pipeline runs in memory in tests.
public struct AxonRequest: Sendable {
    /// The request path, `/<SynapseName>`.
    public var path: String
    /// The header fields, names in any case.
    public var headers: [(name: String, value: String)]
    /// The body (still gzip-encoded if `Content-Encoding: gzip`).
    public var body: Data
    /// The caller's address and port as the socket saw them.
    public var peerIP: String?
    public var peerPort: Int?

    public init(path: String, headers: [(name: String, value: String)], body: Data, peerIP: String? = nil, peerPort: Int? = nil) {
        self.path = path
        self.headers = headers
        self.body = body
        self.peerIP = peerIP
        self.peerPort = peerPort
    }

    /// The first value of header `name` (case-insensitive).
    public func header(_ name: String) -> String? {
        headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }
}

/// The axon's answer: a status, bittensor's synapse headers and a JSON body.
public struct AxonResponse: Sendable {
    public var status: Int
    public var headers: [(String, String)]
    public var body: Data

    public init(status: Int, headers: [(String, String)], body: Data) {
        self.status = status
        self.headers = headers
        self.body = body
    }
}
