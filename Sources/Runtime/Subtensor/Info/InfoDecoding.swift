import Primitives
import SCALECodec
import Yuma

// Decoding of the info structs, the inverse of their `encode(to:)`: what a client does with the
// bytes `neuronInfo_*`, `subnetInfo_*` and `delegateInfo_*` return.

extension NeuronInfo {
    /// Decodes a `NeuronInfo` (`lite == false`) or a `NeuronInfoLite` (`lite == true`).
    public init(from decoder: inout SCALEDecoder, lite: Bool) throws {
        hotkey = try decoder.decode(AccountID.self)
        coldkey = try decoder.decode(AccountID.self)
        uid = try decoder.decodeCompact(as: UInt16.self)
        netuid = try decoder.decodeCompact(as: UInt16.self)
        active = try decoder.decode(Bool.self)
        axon = try decoder.decode(AxonInfo.self)
        prometheus = try decoder.decode(PrometheusInfo.self)
        let stakers = try decoder.decodeCompactLength(of: [AccountID].self, minimumElementLength: 33)
        stake = try (0..<stakers).map { _ in (try decoder.decode(AccountID.self), try decoder.decodeCompact(as: UInt64.self)) }
        rank = try decoder.decodeCompact(as: UInt16.self)
        emission = try decoder.decodeCompact(as: UInt64.self)
        incentive = try decoder.decodeCompact(as: UInt16.self)
        consensus = try decoder.decodeCompact(as: UInt16.self)
        trust = try decoder.decodeCompact(as: UInt16.self)
        validatorTrust = try decoder.decodeCompact(as: UInt16.self)
        dividends = try decoder.decodeCompact(as: UInt16.self)
        lastUpdate = try decoder.decodeCompact(as: UInt64.self)
        validatorPermit = try decoder.decode(Bool.self)
        if lite {
            weights = nil
            bonds = nil
        } else {
            weights = try Self.decodePairs(&decoder)
            bonds = try Self.decodePairs(&decoder)
        }
        pruningScore = try decoder.decodeCompact(as: UInt16.self)
    }

    /// Decodes a `Vec<NeuronInfo>` or `Vec<NeuronInfoLite>`.
    public static func decodeList(_ bytes: [UInt8], lite: Bool) throws -> [NeuronInfo] {
        var decoder = SCALEDecoder(bytes)
        let count = try decoder.decodeCompactLength(of: [NeuronInfo].self, minimumElementLength: 64)
        let list = try (0..<count).map { _ in try NeuronInfo(from: &decoder, lite: lite) }
        try decoder.finish(decoding: [NeuronInfo].self)
        return list
    }

    private static func decodePairs(_ decoder: inout SCALEDecoder) throws -> [UIDValue] {
        let count = try decoder.decodeCompactLength(of: [UIDValue].self, minimumElementLength: 2)
        return try (0..<count).map { _ in
            UIDValue(uid: try decoder.decodeCompact(as: UInt16.self), value: try decoder.decodeCompact(as: UInt16.self))
        }
    }
}

extension DelegateInfo: SCALEDecodable {
    public init(from decoder: inout SCALEDecoder) throws {
        delegate = try decoder.decode(AccountID.self)
        take = try decoder.decodeCompact(as: UInt16.self)
        let count = try decoder.decodeCompactLength(of: [AccountID].self, minimumElementLength: 33)
        nominators = try (0..<count).map { _ in (try decoder.decode(AccountID.self), try decoder.decodeCompact(as: UInt64.self)) }
        owner = try decoder.decode(AccountID.self)
        registrations = try Self.decodeCompactList(&decoder)
        validatorPermits = try Self.decodeCompactList(&decoder)
        returnPer1000 = try decoder.decodeCompact(as: UInt64.self)
        totalDailyReturn = try decoder.decodeCompact(as: UInt64.self)
    }

    private static func decodeCompactList(_ decoder: inout SCALEDecoder) throws -> [UInt16] {
        let count = try decoder.decodeCompactLength(of: [UInt16].self, minimumElementLength: 1)
        return try (0..<count).map { _ in try decoder.decodeCompact(as: UInt16.self) }
    }
}

extension StakeInfo: SCALEDecodable {
    public init(from decoder: inout SCALEDecoder) throws {
        hotkey = try decoder.decode(AccountID.self)
        coldkey = try decoder.decode(AccountID.self)
        stake = try decoder.decodeCompact(as: UInt64.self)
    }
}

extension SubnetInfo: SCALEDecodable {
    public init(from decoder: inout SCALEDecoder) throws {
        netuid = try decoder.decodeCompact(as: UInt16.self)
        rho = try decoder.decodeCompact(as: UInt16.self)
        kappa = try decoder.decodeCompact(as: UInt16.self)
        difficulty = try decoder.decodeCompact(as: UInt64.self)
        immunityPeriod = try decoder.decodeCompact(as: UInt16.self)
        maxAllowedValidators = try decoder.decodeCompact(as: UInt16.self)
        minAllowedWeights = try decoder.decodeCompact(as: UInt16.self)
        maxWeightsLimit = try decoder.decodeCompact(as: UInt16.self)
        scalingLawPower = try decoder.decodeCompact(as: UInt16.self)
        subnetworkN = try decoder.decodeCompact(as: UInt16.self)
        maxAllowedUids = try decoder.decodeCompact(as: UInt16.self)
        blocksSinceLastStep = try decoder.decodeCompact(as: UInt64.self)
        tempo = try decoder.decodeCompact(as: UInt16.self)
        networkModality = try decoder.decodeCompact(as: UInt16.self)
        let count = try decoder.decodeCompactLength(of: [[UInt16]].self, minimumElementLength: 4)
        networkConnect = try (0..<count).map { _ in [try decoder.decode(UInt16.self), try decoder.decode(UInt16.self)] }
        emissionValue = try decoder.decodeCompact(as: UInt64.self)
        burn = try decoder.decodeCompact(as: UInt64.self)
        owner = try decoder.decode(AccountID.self)
    }
}

extension SubnetHyperparams: SCALEDecodable {
    public init(from decoder: inout SCALEDecoder) throws {
        var values: [UInt64] = []
        for _ in 0..<12 { values.append(try decoder.decodeCompact(as: UInt64.self)) }
        registrationAllowed = try decoder.decode(Bool.self)
        for _ in 12..<22 { values.append(try decoder.decodeCompact(as: UInt64.self)) }
        _ = try decoder.decode(Bool.self)  // commit_reveal_weights_enabled
        for _ in 22..<24 { values.append(try decoder.decodeCompact(as: UInt64.self)) }
        _ = try decoder.decode(Bool.self)  // liquid_alpha_enabled
        fields = values
    }
}
