import SCALECodec

/// What `serve_axon` and `serve_prometheus` check and stamp alike: the endpoint's address and
/// the block it was last served at (`AxonInfo`, `PrometheusInfo`).
protocol ServedEndpoint: SCALECodable, Sendable {
    /// The block it was served at.
    var block: UInt64 { get set }
    /// IPv4 as a u32 value or IPv6 as a u128.
    var ip: UInt128 { get }
    var port: UInt16 { get }
    /// 4 or 6.
    var ipType: UInt8 { get }
}

extension AxonInfo: ServedEndpoint {}
extension PrometheusInfo: ServedEndpoint {}
