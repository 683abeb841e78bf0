import SCALECodec
import Primitives
import ProofOfWork
import RuntimeSupport

extension SubtensorModule {
    /// Why a `register` extrinsic is invalid before dispatch: its work is not 32 bytes (the
    /// chain traps on it; there is no module error).
    public static func hasMalformedWork(_ call: SubtensorCall) -> Bool {
        if case .register(_, _, _, let work, _, _) = call { return work.count != 32 }
        return false
    }

    /// `register`: proof-of-work registration; the signer must be the hotkey. Checks in the
    /// chain's order (`registration.rs:222-315`).
    static func registerWithProofOfWork(
        origin: RuntimeOrigin, netuid: UInt16, blockNumber: UInt64, nonce: UInt64, work: [UInt8],
        hotkey: AccountID, coldkey: AccountID, _ ctx: inout BlockContext
    ) throws(DispatchError) {
        let signer = try origin.ensureSigned()
        try ensure(signer == hotkey, .hotkeyOriginMismatch)
        try ensure(networkExists(netuid, ctx), .networkDoesNotExist)
        try checkRegistrationLimits(netuid: netuid, hotkey: hotkey, ctx)
        let now = ctx.currentBlock
        try ensure(blockNumber <= now && now - blockNumber < 3, .invalidWorkBlock)
        let blockHash = System.hashOfBlock(UInt32(truncatingIfNeeded: blockNumber), ctx).bytes
        let difficulty = S.difficulty.get(netuid, ctx.storage)
        switch Seal.verify(work: work, nonce: nonce, blockHash: blockHash, hotkey: hotkey.bytes, difficulty: difficulty) {
        case .valid: break
        case .invalidWorkLength: throw .other
        case .invalidDifficulty: throw SubtensorError.invalidDifficulty.dispatchError
        case .invalidSeal: throw SubtensorError.invalidSeal.dispatchError
        }
        S.usedWork.set(work, now, in: &ctx.storage)
        try checkConnectionRequirements(netuid: netuid, hotkey: hotkey, ctx)
        createAccountIfNonExistent(coldkey: coldkey, hotkey: hotkey, &ctx)
        try ensure(S.owner.get(hotkey, ctx.storage) == coldkey, .nonAssociatedColdKey)
        let uid = try placeNeuron(netuid: netuid, hotkey: hotkey, &ctx)
        S.powRegistrationsThisInterval.mutate(netuid, &ctx.storage) { $0 &+= 1 }
        S.registrationsThisInterval.mutate(netuid, &ctx.storage) { $0 &+= 1 }
        S.registrationsThisBlock.mutate(netuid, &ctx.storage) { $0 &+= 1 }
        ctx.deposit(.subtensor(.neuronRegistered(netuid, uid, hotkey)))
    }

    /// `burned_register`: the coldkey pays `Burn[netuid]`, which is destroyed.
    static func burnedRegister(origin: RuntimeOrigin, netuid: UInt16, hotkey: AccountID, _ ctx: inout BlockContext) throws(DispatchError) {
        let coldkey = try origin.ensureSigned()
        try ensure(networkExists(netuid, ctx), .networkDoesNotExist)
        try checkRegistrationLimits(netuid: netuid, hotkey: hotkey, ctx)
        try checkConnectionRequirements(netuid: netuid, hotkey: hotkey, ctx)
        let burn = S.burn.get(netuid, ctx.storage)
        try ensure(Balances.free(coldkey, ctx) >= burn, .notEnoughBalanceToStake)
        do {
            try Balances.withdraw(coldkey, burn, existence: .keepAlive, &ctx)
        } catch {
            throw SubtensorError.balanceWithdrawalError.dispatchError
        }
        S.totalIssuance.mutate(&ctx.storage) { $0 = $0.subtractingSaturating(burn) }
        createAccountIfNonExistent(coldkey: coldkey, hotkey: hotkey, &ctx)
        try ensure(S.owner.get(hotkey, ctx.storage) == coldkey, .nonAssociatedColdKey)
        let uid = try placeNeuron(netuid: netuid, hotkey: hotkey, &ctx)
        S.burnRegistrationsThisInterval.mutate(netuid, &ctx.storage) { $0 &+= 1 }
        S.registrationsThisInterval.mutate(netuid, &ctx.storage) { $0 &+= 1 }
        S.registrationsThisBlock.mutate(netuid, &ctx.storage) { $0 &+= 1 }
        S.raoRecycledForRegistration.mutate(netuid, &ctx.storage) { $0 = $0.addingSaturating(burn) }
        ctx.deposit(.subtensor(.neuronRegistered(netuid, uid, hotkey)))
    }

    /// `sudo_register`: root places a neuron with stake and minted balance (issuance untouched,
    /// as on chain).
    static func sudoRegister(
        netuid: UInt16, hotkey: AccountID, coldkey: AccountID, stake: UInt64, balance: UInt64, _ ctx: inout BlockContext
    ) throws(DispatchError) {
        try ensure(networkExists(netuid, ctx), .networkDoesNotExist)
        try ensure(uid(of: hotkey, on: netuid, ctx) == nil, .alreadyRegistered)
        createAccountIfNonExistent(coldkey: coldkey, hotkey: hotkey, &ctx)
        try ensure(S.owner.get(hotkey, ctx.storage) == coldkey, .nonAssociatedColdKey)
        increaseStake(coldkey: coldkey, hotkey: hotkey, stake, &ctx)
        Balances.depositCreating(coldkey, balance, &ctx)
        let uid = try placeNeuron(netuid: netuid, hotkey: hotkey, &ctx)
        ctx.deposit(.subtensor(.neuronRegistered(netuid, uid, hotkey)))
    }

    /// Registration allowed, per-block limit, 3× target per interval, not yet registered.
    static func checkRegistrationLimits(netuid: UInt16, hotkey: AccountID, _ ctx: BlockContext) throws(DispatchError) {
        try ensure(S.networkRegistrationAllowed.get(netuid, ctx.storage), .registrationDisabled)
        try ensure(
            S.registrationsThisBlock.get(netuid, ctx.storage) < S.maxRegistrationsPerBlock.get(netuid, ctx.storage),
            .tooManyRegistrationsThisBlock)
        try ensure(
            UInt32(S.registrationsThisInterval.get(netuid, ctx.storage)) < 3 * UInt32(S.targetRegistrationsPerInterval.get(netuid, ctx.storage)),
            .tooManyRegistrationsThisInterval)
        try ensure(uid(of: hotkey, on: netuid, ctx) == nil, .alreadyRegistered)
    }

    /// `NetworkConnect[netuid][b] = requirement`: the hotkey must be on `b` with no more than
    /// `requirement / 65535` of `b`'s uids scoring strictly higher.
    static func checkConnectionRequirements(netuid: UInt16, hotkey: AccountID, _ ctx: BlockContext) throws(DispatchError) {
        for (other, requirement) in S.networkConnect.entries(prefix: netuid, ctx.storage) {
            let n = S.subnetworkN.get(other, ctx.storage)
            guard n > 0, let uid = uid(of: hotkey, on: other, ctx) else {
                throw SubtensorError.didNotPassConnectedNetworkRequirement.dispatchError
            }
            let scores = S.pruningScores.get(other, ctx.storage)
            let own = Int(uid) < scores.count ? scores[Int(uid)] : 0
            let above = scores.filter { $0 > own }.count
            // above / n ≤ requirement / 65535, in integers.
            try ensure(UInt64(above) * 65_535 <= UInt64(requirement) * UInt64(n), .didNotPassConnectedNetworkRequirement)
        }
    }

    /// Appends the neuron, or replaces the one to prune when the subnet is full; returns its uid.
    static func placeNeuron(netuid: UInt16, hotkey: AccountID, _ ctx: inout BlockContext) throws(DispatchError) -> UInt16 {
        let maxUids = S.maxAllowedUids.get(netuid, ctx.storage)
        try ensure(maxUids != 0, .networkDoesNotExist)
        let n = S.subnetworkN.get(netuid, ctx.storage)
        if n < maxUids {
            appendNeuron(netuid: netuid, hotkey: hotkey, &ctx)
            return n
        }
        let uid = neuronToPrune(netuid: netuid, &ctx)
        replaceNeuron(netuid: netuid, uid: uid, newHotkey: hotkey, &ctx)
        return uid
    }
}
