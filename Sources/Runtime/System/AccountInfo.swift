import SCALECodec

/// `pallet_balances::AccountData` in its old (polkadot-v0.9.39) layout.
public struct AccountData: Equatable, Sendable, SCALECodable {
    public var free: UInt64
    public var reserved: UInt64
    public var miscFrozen: UInt64
    public var feeFrozen: UInt64

    public init(free: UInt64 = 0, reserved: UInt64 = 0, miscFrozen: UInt64 = 0, feeFrozen: UInt64 = 0) {
        self.free = free
        self.reserved = reserved
        self.miscFrozen = miscFrozen
        self.feeFrozen = feeFrozen
    }

    /// `free + reserved`.
    public var total: UInt64 { free &+ reserved }

    public func encode(to encoder: inout SCALEEncoder) {
        encoder.encode(free)
        encoder.encode(reserved)
        encoder.encode(miscFrozen)
        encoder.encode(feeFrozen)
    }

    public init(from decoder: inout SCALEDecoder) throws {
        free = try decoder.decode(UInt64.self)
        reserved = try decoder.decode(UInt64.self)
        miscFrozen = try decoder.decode(UInt64.self)
        feeFrozen = try decoder.decode(UInt64.self)
    }
}

/// `frame_system::AccountInfo`: nonce, reference counters and the balance data.
public struct AccountInfo: Equatable, Sendable, SCALECodable {
    public var nonce: UInt32
    public var consumers: UInt32
    public var providers: UInt32
    public var sufficients: UInt32
    public var data: AccountData

    public init(nonce: UInt32 = 0, consumers: UInt32 = 0, providers: UInt32 = 0, sufficients: UInt32 = 0, data: AccountData = AccountData()) {
        self.nonce = nonce
        self.consumers = consumers
        self.providers = providers
        self.sufficients = sufficients
        self.data = data
    }

    public func encode(to encoder: inout SCALEEncoder) {
        encoder.encode(nonce)
        encoder.encode(consumers)
        encoder.encode(providers)
        encoder.encode(sufficients)
        encoder.encode(data)
    }

    public init(from decoder: inout SCALEDecoder) throws {
        nonce = try decoder.decode(UInt32.self)
        consumers = try decoder.decode(UInt32.self)
        providers = try decoder.decode(UInt32.self)
        sufficients = try decoder.decode(UInt32.self)
        data = try decoder.decode(AccountData.self)
    }
}
