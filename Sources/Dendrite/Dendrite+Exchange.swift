import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import Synapse

extension Dendrite {
    /// Posts `message`, then folds the answer into it as `process_server_response` does.
    func send<Payload: SynapsePayload>(_ message: inout SynapseMessage<Payload>, to target: AxonEndpoint, timeout: Double) async throws {
        var request = HTTPClientRequest(url: target.url(for: Payload.name))
        request.method = .POST
        let body = try message.jsonBody()
        for (name, value) in message.headers(totalSize: body.count) { request.headers.add(name: name, value: value) }
        request.headers.add(name: "Content-Type", value: "application/json")
        if configuration.gzip { request.headers.add(name: "Accept-Encoding", value: "gzip") }
        request.body = .bytes(ByteBuffer(bytes: body))
        let response = try await client.execute(request, timeout: .nanoseconds(Int64(max(0, timeout) * 1e9)))
        let bytes = try await response.body.collect(upTo: configuration.limits.maxBodyBytes)
        let headers = response.headers.map { (name: $0.name, value: $0.value) }
        let server = (try? SynapseEnvelope(headers: headers)) ?? SynapseEnvelope(name: nil, timeout: nil, totalSize: nil, headerSize: nil, computedBodyHash: nil)
        if response.status.code == 200 {
            let answer: SynapseMessage<Payload>
            do {
                answer = try SynapseMessage<Payload>.decode(jsonBody: Data(bytes.readableBytesView))
                try answer.payload.validateResponse(configuration.limits)
            } catch {
                throw DendriteError.unparsableResponse(String(describing: error))
            }
            let local = message.envelope
            message = answer
            message.dendrite = local.dendrite.merging(answer.dendrite.sameTerminal(as: local.dendrite))
            message.axon = local.axon.merging(answer.axon)
        } else {
            message.axon.statusCode = Int(response.status.code)
            message.axon.statusMessage = Self.errorMessage(Data(bytes.readableBytesView))
        }
        message.dendrite = message.dendrite.merging(server.dendrite)
        message.axon = message.axon.merging(server.axon)
        message.dendrite.statusCode = message.axon.statusCode
        message.dendrite.statusMessage = message.axon.statusMessage
    }

    /// The `message` field of an error body, if any.
    static func errorMessage(_ body: Data) -> String? {
        guard let object = try? JSONSerialization.jsonObject(with: body) as? [String: Any] else { return nil }
        return object["message"] as? String
    }

    /// bittensor's `DENDRITE_ERROR_MAPPING`: the status and message for a failed call.
    static func classify(_ error: any Error, target: AxonEndpoint, name: String, timeout: Double) -> (SynapseStatus, String) {
        if let error = error as? DendriteError {
            return (.unprocessable, "Failed to parse response: \(error)")
        }
        if let error = error as? HTTPClientError {
            switch error {
            case .deadlineExceeded, .readTimeout, .writeTimeout, .getConnectionFromPoolTimeout:
                return (.timeout, StatusMessage.dendriteTimeout(timeout))
            case .connectTimeout, .remoteConnectionClosed, .alreadyShutdown:
                return (.unavailable, StatusMessage.unavailable(ip: target.ip, port: target.port, name: name))
            default:
                return (.internalError, "Client error: \(error)")
            }
        }
        if error is NIOTooManyBytesError {
            return (.unprocessable, "Failed to parse response: body larger than the limit")
        }
        if error is CancellationError { return (.timeout, StatusMessage.dendriteTimeout(timeout)) }
        let typeName = String(describing: type(of: error))
        if typeName.contains("Connection") || error is IOError || error is ChannelError {
            return (.unavailable, StatusMessage.unavailable(ip: target.ip, port: target.port, name: name))
        }
        return (.internalError, "Client error: \(error)")
    }
}

/// A response that arrived but could not be used.
enum DendriteError: Error, CustomStringConvertible {
    case unparsableResponse(String)

    var description: String {
        switch self {
        case .unparsableResponse(let reason): return reason
        }
    }
}

extension TerminalInfo {
    /// `self` if it describes the same caller as `local` (same hotkey), else an empty terminal:
    /// an axon's echo may fill in fields such as our ip/port, but never replaces our identity.
    func sameTerminal(as local: TerminalInfo) -> TerminalInfo {
        hotkey == nil || hotkey == local.hotkey ? self : TerminalInfo()
    }
}
