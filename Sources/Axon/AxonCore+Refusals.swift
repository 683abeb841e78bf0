import Synapse

extension AxonCore {
    /// The answer to a body over `limits.maxBodyBytes` (413), decided before the body is read.
    public func tooLarge(_ request: AxonRequest) -> AxonResponse {
        var envelope = (try? SynapseEnvelope(headers: request.headers)) ?? SynapseEnvelope()
        let error = SynapseError.bodyTooLarge(limit: configuration.limits.maxBodyBytes)
        return refuse(&envelope, error.status, error.description, start: clock())
    }

    /// The answer to a body that could not be read at all (400).
    public func malformed(_ request: AxonRequest, reason: String) -> AxonResponse {
        var envelope = (try? SynapseEnvelope(headers: request.headers)) ?? SynapseEnvelope()
        let error = SynapseError.malformedBody(reason)
        return refuse(&envelope, error.status, error.description, start: clock())
    }
}
