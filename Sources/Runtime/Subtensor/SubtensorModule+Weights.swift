import SCALECodec
import Primitives
import RuntimeSupport
import Yuma

extension SubtensorModule {
    /// `set_weights`: checks in the chain's order, then stores the row max-upscaled to u16 and
    /// stamps `LastUpdate`.
    static func setWeights(
        origin: RuntimeOrigin, netuid: UInt16, uids: [UInt16], values: [UInt16], versionKey: UInt64, _ ctx: inout BlockContext
    ) throws(DispatchError) {
        let hotkey = try origin.ensureSigned()
        try ensure(uids.count == values.count, .weightVecNotEqualSize)
        try ensure(networkExists(netuid, ctx), .networkDoesNotExist)
        let n = S.subnetworkN.get(netuid, ctx.storage)
        try ensure(uids.count <= Int(n), .tooManyUids)
        guard let uid = uid(of: hotkey, on: netuid, ctx) else { throw SubtensorError.notRegistered.dispatchError }
        let requiredKey = S.weightsVersionKey.get(netuid, ctx.storage)
        try ensure(requiredKey == 0 || versionKey >= requiredKey, .incorrectNetworkVersionKey)
        var lastUpdate = S.lastUpdate.get(netuid, ctx.storage)
        let last = Int(uid) < lastUpdate.count ? lastUpdate[Int(uid)] : 0
        try ensure(last == 0 || ctx.currentBlock &- last >= S.weightsSetRateLimit.get(netuid, ctx.storage), .settingWeightsTooFast)
        let selfWeight = values.count == 1 && uids.first == uid
        let permits = S.validatorPermit.get(netuid, ctx.storage)
        try ensure(selfWeight || (Int(uid) < permits.count && permits[Int(uid)]), .noValidatorPermit)
        try ensure(Set(uids).count == uids.count, .duplicateUids)
        try ensure(uids.allSatisfy { $0 < n }, .invalidUid)
        try ensure(selfWeight || uids.count >= Int(S.minAllowedWeights.get(netuid, ctx.storage)), .notSettingEnoughWeights)
        let upscaled = YumaMath.vecU16MaxUpscaleToU16(values)
        let maxLimit = S.maxWeightsLimit.get(netuid, ctx.storage)
        try ensure(selfWeight || maxLimit == .max || YumaMath.checkVecMaxLimited(upscaled, maxLimit: maxLimit), .maxWeightExceeded)
        let row = zip(uids, upscaled).map { UIDValue(uid: $0, value: $1) }
        S.weights.set(netuid, uid, row, in: &ctx.storage)
        if Int(uid) < lastUpdate.count {
            lastUpdate[Int(uid)] = ctx.currentBlock
            S.lastUpdate.set(netuid, lastUpdate, in: &ctx.storage)
        }
        ctx.deposit(.subtensor(.weightsSet(netuid, uid)))
    }
}
