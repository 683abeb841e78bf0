import Primitives
import SCALECodec

/// `AxonInfo`: where a neuron's axon listens, as served on chain (34 bytes, fixed-width fields).
public struct AxonInfo: Equatable, Sendable, SCALECodable {
    /// The block it was served at.
    public var block: UInt64
    public var version: UInt32
    /// IPv4 as a u32 value (1.2.3.4 = 0x01020304) or IPv6 as a u128.
    public var ip: UInt128
    public var port: UInt16
    /// 4 or 6.
    public var ipType: UInt8
    public var protocolNumber: UInt8
    public var placeholder1: UInt8
    public var placeholder2: UInt8

    public init(
        block: UInt64 = 0, version: UInt32 = 0, ip: UInt128 = 0, port: UInt16 = 0, ipType: UInt8 = 0,
        protocolNumber: UInt8 = 0, placeholder1: UInt8 = 0, placeholder2: UInt8 = 0
    ) {
        self.block = block
        self.version = version
        self.ip = ip
        self.port = port
        self.ipType = ipType
        self.protocolNumber = protocolNumber
        self.placeholder1 = placeholder1
        self.placeholder2 = placeholder2
    }

    public func encode(to encoder: inout SCALEEncoder) {
        encoder.encode(block)
        encoder.encode(version)
        encoder.encode(ip)
        encoder.encode(port)
        encoder.encode(ipType)
        encoder.encode(protocolNumber)
        encoder.encode(placeholder1)
        encoder.encode(placeholder2)
    }

    public init(from decoder: inout SCALEDecoder) throws {
        block = try decoder.decode(UInt64.self)
        version = try decoder.decode(UInt32.self)
        ip = try decoder.decode(UInt128.self)
        port = try decoder.decode(UInt16.self)
        ipType = try decoder.decode(UInt8.self)
        protocolNumber = try decoder.decode(UInt8.self)
        placeholder1 = try decoder.decode(UInt8.self)
        placeholder2 = try decoder.decode(UInt8.self)
    }

    public static var scaleMinimumEncodedLength: Int { 34 }
}

/// `PrometheusInfo`: where a neuron exports metrics (31 bytes, fixed-width fields).
public struct PrometheusInfo: Equatable, Sendable, SCALECodable {
    public var block: UInt64
    public var version: UInt32
    public var ip: UInt128
    public var port: UInt16
    public var ipType: UInt8

    public init(block: UInt64 = 0, version: UInt32 = 0, ip: UInt128 = 0, port: UInt16 = 0, ipType: UInt8 = 0) {
        self.block = block
        self.version = version
        self.ip = ip
        self.port = port
        self.ipType = ipType
    }

    public func encode(to encoder: inout SCALEEncoder) {
        encoder.encode(block)
        encoder.encode(version)
        encoder.encode(ip)
        encoder.encode(port)
        encoder.encode(ipType)
    }

    public init(from decoder: inout SCALEDecoder) throws {
        block = try decoder.decode(UInt64.self)
        version = try decoder.decode(UInt32.self)
        ip = try decoder.decode(UInt128.self)
        port = try decoder.decode(UInt16.self)
        ipType = try decoder.decode(UInt8.self)
    }

    public static var scaleMinimumEncodedLength: Int { 31 }
}

/// One `LoadedEmission` tuple: `(hotkey, server rao, validator rao)` waiting to be drained.
public struct LoadedEmissionEntry: Equatable, Sendable, SCALECodable {
    public var hotkey: AccountID
    public var server: UInt64
    public var validator: UInt64

    public init(hotkey: AccountID, server: UInt64, validator: UInt64) {
        self.hotkey = hotkey
        self.server = server
        self.validator = validator
    }

    public func encode(to encoder: inout SCALEEncoder) {
        encoder.encode(hotkey)
        encoder.encode(server)
        encoder.encode(validator)
    }

    public init(from decoder: inout SCALEDecoder) throws {
        hotkey = try decoder.decode(AccountID.self)
        server = try decoder.decode(UInt64.self)
        validator = try decoder.decode(UInt64.self)
    }
}
