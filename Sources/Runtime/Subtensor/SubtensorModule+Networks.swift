import SCALECodec
import Primitives
import RuntimeSupport

extension SubtensorModule {
    /// `sudo_add_network` → `init_new_network`.
    static func addNetwork(netuid: UInt16, tempo: UInt16, modality: UInt16, _ ctx: inout BlockContext) throws(DispatchError) {
        try ensure(!networkExists(netuid, ctx), .networkExist)
        try ensure(modality <= 2, .invalidModality)
        try ensure(tempo < .max, .invalidTempo)
        initNewNetwork(netuid: netuid, tempo: tempo, modality: modality, &ctx)
        ctx.deposit(.subtensor(.networkAdded(netuid, modality)))
    }

    /// Creates the subnet's entries (also used by genesis).
    static func initNewNetwork(netuid: UInt16, tempo: UInt16, modality: UInt16, _ ctx: inout BlockContext) {
        S.networksAdded.set(netuid, true, in: &ctx.storage)
        S.tempo.set(netuid, tempo, in: &ctx.storage)
        S.networkModality.set(netuid, modality, in: &ctx.storage)
        S.totalNetworks.mutate(&ctx.storage) { $0 &+= 1 }
        S.subnetworkN.set(netuid, 0, in: &ctx.storage)
    }

    /// `sudo_remove_network`: removes the subnet's neurons and parameters; like the chain it
    /// leaves `IsNetworkMember`, axons, burn and difficulty bounds and a few others behind.
    static func removeNetwork(netuid: UInt16, _ ctx: inout BlockContext) throws(DispatchError) {
        try ensure(networkExists(netuid, ctx), .networkDoesNotExist)
        S.subnetworkN.remove(netuid, from: &ctx.storage)
        S.networkModality.remove(netuid, from: &ctx.storage)
        S.networksAdded.remove(netuid, from: &ctx.storage)
        S.uids.removePrefix(netuid, from: &ctx.storage)
        S.keys.removePrefix(netuid, from: &ctx.storage)
        S.weights.removePrefix(netuid, from: &ctx.storage)
        S.bonds.removePrefix(netuid, from: &ctx.storage)
        for item in [S.rank, S.trust, S.consensus, S.incentive, S.dividends, S.pruningScores, S.validatorTrust] {
            item.remove(netuid, from: &ctx.storage)
        }
        S.active.remove(netuid, from: &ctx.storage)
        S.emission.remove(netuid, from: &ctx.storage)
        S.lastUpdate.remove(netuid, from: &ctx.storage)
        S.validatorPermit.remove(netuid, from: &ctx.storage)
        S.tempo.remove(netuid, from: &ctx.storage)
        S.kappa.remove(netuid, from: &ctx.storage)
        S.difficulty.remove(netuid, from: &ctx.storage)
        S.maxAllowedUids.remove(netuid, from: &ctx.storage)
        S.immunityPeriod.remove(netuid, from: &ctx.storage)
        S.activityCutoff.remove(netuid, from: &ctx.storage)
        S.emissionValues.remove(netuid, from: &ctx.storage)
        S.maxWeightsLimit.remove(netuid, from: &ctx.storage)
        S.minAllowedWeights.remove(netuid, from: &ctx.storage)
        S.registrationsThisInterval.remove(netuid, from: &ctx.storage)
        S.powRegistrationsThisInterval.remove(netuid, from: &ctx.storage)
        S.burnRegistrationsThisInterval.remove(netuid, from: &ctx.storage)
        S.totalNetworks.mutate(&ctx.storage) { $0 = $0 > 0 ? $0 - 1 : 0 }
        ctx.deposit(.subtensor(.networkRemoved(netuid)))
    }

    /// `sudo_set_emission_values`: a value for every subnet, summing to the block emission.
    static func setEmissionValues(netuids: [UInt16], emission: [UInt64], _ ctx: inout BlockContext) throws(DispatchError) {
        try ensure(netuids.count == emission.count, .weightVecNotEqualSize)
        try ensure(netuids.count == Int(S.totalNetworks.get(ctx.storage)), .incorrectNetuidsLength)
        try ensure(Set(netuids).count == netuids.count, .duplicateUids)
        try ensure(netuids.allSatisfy { networkExists($0, ctx) }, .invalidUid)
        var total: UInt64 = 0
        for value in emission {
            let (sum, overflow) = total.addingReportingOverflow(value)
            try ensure(!overflow, .invalidEmissionValues)
            total = sum
        }
        try ensure(total == S.blockEmission.get(ctx.storage), .invalidEmissionValues)
        for (netuid, value) in zip(netuids, emission) { S.emissionValues.set(netuid, value, in: &ctx.storage) }
        ctx.deposit(.subtensor(.emissionValuesSet))
    }

    static func addConnectionRequirement(_ a: UInt16, _ b: UInt16, _ requirement: UInt16, _ ctx: inout BlockContext) throws(DispatchError) {
        try ensure(a != b, .invalidConnectionRequirement)
        try ensure(networkExists(a, ctx) && networkExists(b, ctx), .networkDoesNotExist)
        S.networkConnect.set(a, b, requirement, in: &ctx.storage)
        ctx.deposit(.subtensor(.networkConnectionAdded(a, b, requirement)))
    }

    static func removeConnectionRequirement(_ a: UInt16, _ b: UInt16, _ ctx: inout BlockContext) throws(DispatchError) {
        try ensure(networkExists(a, ctx) && networkExists(b, ctx), .networkDoesNotExist)
        S.networkConnect.remove(a, b, from: &ctx.storage)
        ctx.deposit(.subtensor(.networkConnectionRemoved(a, b)))
    }
}
