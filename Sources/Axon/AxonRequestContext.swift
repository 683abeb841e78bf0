import Hummingbird
import NIOCore

/// The per-request context: Hummingbird's core storage plus the caller's socket address, which
/// becomes the synapse's `dendrite.ip`/`dendrite.port`.
public struct AxonRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    public let remoteAddress: SocketAddress?

    public init(source: ApplicationRequestContextSource) {
        coreContext = CoreRequestContextStorage(source: source)
        remoteAddress = source.channel.remoteAddress
    }
}
