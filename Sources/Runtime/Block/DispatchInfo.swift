import SCALECodec

/// `sp_weights::Weight` (v2): execution time in picoseconds and proof size, both compact.
public struct Weight: Equatable, Sendable, SCALECodable {
    /// Picoseconds of reference hardware time.
    public var refTime: UInt64
    /// Bytes of storage proof.
    public var proofSize: UInt64

    public init(refTime: UInt64, proofSize: UInt64 = 0) {
        self.refTime = refTime
        self.proofSize = proofSize
    }

    /// No weight.
    public static let zero = Weight(refTime: 0)

    public func encode(to encoder: inout SCALEEncoder) {
        encoder.encodeCompact(refTime)
        encoder.encodeCompact(proofSize)
    }

    public init(from decoder: inout SCALEDecoder) throws {
        refTime = try decoder.decodeCompact(as: UInt64.self)
        proofSize = try decoder.decodeCompact(as: UInt64.self)
    }
}

/// `frame_support::dispatch::DispatchClass`.
public enum DispatchClass: UInt8, Equatable, Sendable, SCALECodable {
    case normal = 0, operational = 1, mandatory = 2

    public func encode(to encoder: inout SCALEEncoder) { encoder.encodeVariantIndex(rawValue) }
    public init(from decoder: inout SCALEDecoder) throws {
        self = DispatchClass(rawValue: try decoder.decodeVariantIndex(of: DispatchClass.self, allowed: 0...2))!
    }
}

/// `frame_support::dispatch::Pays`: whether the sender pays the weight and length fee.
public enum Pays: UInt8, Equatable, Sendable, SCALECodable {
    case yes = 0, no = 1

    public func encode(to encoder: inout SCALEEncoder) { encoder.encodeVariantIndex(rawValue) }
    public init(from decoder: inout SCALEDecoder) throws {
        self = Pays(rawValue: try decoder.decodeVariantIndex(of: Pays.self, allowed: 0...1))!
    }
}

/// `DispatchInfo`: what a call declares before it runs (and what `ExtrinsicSuccess` reports).
public struct DispatchInfo: Equatable, Sendable, SCALECodable {
    public var weight: Weight
    public var dispatchClass: DispatchClass
    public var paysFee: Pays

    public init(weight: Weight, dispatchClass: DispatchClass = .normal, paysFee: Pays = .yes) {
        self.weight = weight
        self.dispatchClass = dispatchClass
        self.paysFee = paysFee
    }

    public func encode(to encoder: inout SCALEEncoder) {
        encoder.encode(weight)
        encoder.encode(dispatchClass)
        encoder.encode(paysFee)
    }

    public init(from decoder: inout SCALEDecoder) throws {
        weight = try decoder.decode(Weight.self)
        dispatchClass = try decoder.decode(DispatchClass.self)
        paysFee = try decoder.decode(Pays.self)
    }
}

/// What a call reports after it ran: `PostDispatchInfo`, reduced to what fees need
/// (a call may turn a declared `Pays.yes` into `.no`, as `Sudo.sudo` does for the sudo key).
public struct PostDispatchInfo: Equatable, Sendable {
    /// The fee mode that applies after the call, or `nil` to keep the declared one.
    public var paysFee: Pays?

    public init(paysFee: Pays? = nil) { self.paysFee = paysFee }

    /// Nothing changes from the declared info.
    public static let unchanged = PostDispatchInfo()
}
