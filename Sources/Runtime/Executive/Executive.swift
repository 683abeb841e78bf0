import ChainTypes
import Hashing
import Primitives
import RuntimeSupport
import SCALECodec
import Trie

/// `frame_executive`: initialises a block, applies its extrinsics and finalises it.
///
/// A block is `initializeBlock` → `applyExtrinsic` for each extrinsic (the timestamp inherent
/// first) → `finalizeBlock`. Every path is deterministic: the same blocks on the same state give
/// the same changes and roots on every machine.
public enum Executive {
    /// The longest extrinsic a normal block takes: 75 % of the 10 MiB block length.
    public static let maximumExtrinsicLength = 10 * 1024 * 1024 * 3 / 4
    /// `:extrinsic_index`, the well-known key of the extrinsic being applied.
    public static let extrinsicIndexKey = Array(":extrinsic_index".utf8)
    /// `System.Digest`.
    public static let digest = StorageValue("System", "Digest", default: [DigestItem]())

    /// Starts block `header.number` on top of its parent: records the parent hash, clears the
    /// previous block's events, then runs `on_initialize` (SubtensorModule's block step).
    public static func initializeBlock(_ header: Header, _ ctx: inout BlockContext) {
        ctx.blockNumber = header.number
        ctx.clearEvents()
        ctx.phase = .initialization
        ctx.storage.remove(System.eventsKey)
        System.eventCount.remove(from: &ctx.storage)
        System.number.set(header.number, in: &ctx.storage)
        System.parentHash.set(header.parentHash, in: &ctx.storage)
        digest.set(header.digest, in: &ctx.storage)
        if header.number > 0 { System.blockHash.set(header.number - 1, header.parentHash, in: &ctx.storage) }
        ctx.storage.set(extrinsicIndexKey, UInt32(0).scaleEncoded())
        SubtensorModule.blockStep(&ctx)
    }

    /// The `AdditionalSigned` the chain expects for an extrinsic with `era`, or `nil` when the
    /// era's birth block is unknown.
    public static func additionalSigned(era: Era, _ ctx: BlockContext) -> AdditionalSigned? {
        let birth = UInt32(truncatingIfNeeded: era.birth(current: ctx.currentBlock))
        guard let birthHash = System.blockHash.getIfPresent(birth, ctx.storage) else { return nil }
        let genesis = System.blockHash.get(0, ctx.storage)
        return AdditionalSigned(
            specVersion: Runtime.specVersion, transactionVersion: Runtime.transactionVersion, genesisHash: genesis, birthHash: birthHash)
    }

    /// Decodes and checks an extrinsic: format, call, signature, sender. Nonce and fees are
    /// checked when it is validated or applied.
    public static func check(_ bytes: [UInt8], _ ctx: BlockContext) throws(TransactionValidityError) -> CheckedExtrinsic {
        guard bytes.count <= maximumExtrinsicLength else { throw .invalid(.exhaustsResources) }
        guard let extrinsic = try? UncheckedExtrinsic(scaleBytes: bytes), let call = try? RuntimeCall(scaleBytes: extrinsic.call) else {
            throw .invalid(.call)
        }
        if case .subtensor(let inner) = call, SubtensorModule.hasMalformedWork(inner) { throw .invalid(.call) }
        guard let signature = extrinsic.signature else {
            guard case .timestamp = call else { throw .unknown(.noUnsignedValidator) }
            return CheckedExtrinsic(signed: nil, call: call, encodedLength: bytes.count, era: .immortal)
        }
        let sender = signature.address.accountID
        guard let additional = additionalSigned(era: signature.extra.era, ctx) else { throw .invalid(.ancientBirthBlock) }
        guard extrinsic.verifySignature(additional: additional) else { throw .invalid(.badProof) }
        guard sender != .zero else { throw .invalid(.badSigner) }
        if case .timestamp = call { throw .invalid(.call) }
        return CheckedExtrinsic(
            signed: (sender, signature.extra.nonce, signature.extra.tip), call: call, encodedLength: bytes.count, era: signature.extra.era)
    }

    /// What the pool needs to order a valid transaction.
    public struct ValidTransaction: Equatable, Sendable {
        /// `(sender, nonce)` of the transaction itself.
        public var provides: (AccountID, UInt32)
        /// `(sender, nonce − 1)` when the nonce is ahead of the account's.
        public var requires: (AccountID, UInt32)?
        public var priority: UInt64
        /// Blocks the transaction stays valid.
        public var longevity: UInt64

        public static func == (a: ValidTransaction, b: ValidTransaction) -> Bool {
            a.provides == b.provides && a.requires?.0 == b.requires?.0 && a.requires?.1 == b.requires?.1
                && a.priority == b.priority && a.longevity == b.longevity
        }
    }

    /// `TaggedTransactionQueue::validate_transaction`: checks a signed transaction against the
    /// state (`ctx` initialised for the next block) without applying it. A nonce ahead of the
    /// account's is valid, waiting on the one before.
    public static func validateTransaction(_ bytes: [UInt8], _ ctx: BlockContext) throws(TransactionValidityError) -> ValidTransaction {
        let checked = try check(bytes, ctx)
        guard let (sender, nonce, tip) = checked.signed else { throw .invalid(.call) }
        let accountNonce = System.nonce(sender, ctx)
        guard nonce >= accountNonce else { throw .invalid(.stale) }
        let info = Runtime.dispatchInfo(checked.call)
        let fee = TransactionPayment.fee(length: checked.encodedLength, info: info, tip: tip)
        var probe = ctx
        guard TransactionPayment.withdrawFee(sender, fee, &probe) else { throw .invalid(.payment) }
        let longevity = checked.era == .immortal ? UInt64.max : checked.era.death(current: ctx.currentBlock) &- ctx.currentBlock
        return ValidTransaction(
            provides: (sender, nonce), requires: nonce > accountNonce ? (sender, nonce - 1) : nil,
            priority: priority(of: checked.call, sender: sender, ctx), longevity: longevity)
    }

    /// `SubtensorSignedExtension`'s priority: `set_weights` by its time since the last update,
    /// everything else `u64::MAX`.
    static func priority(of call: RuntimeCall, sender: AccountID, _ ctx: BlockContext) -> UInt64 {
        guard case .subtensor(.setWeights(let netuid, _, _, _)) = call,
              let uid = SubtensorModule.uid(of: sender, on: netuid, ctx) else { return .max }
        let lastUpdate = SubtensorStorage.lastUpdate.get(netuid, ctx.storage)
        let last = Int(uid) < lastUpdate.count ? lastUpdate[Int(uid)] : 0
        return (ctx.currentBlock &- last).addingSaturating(UInt64(UInt32.max))
    }

    /// Applies one extrinsic of the block being built. Throws when it is invalid (it must not be
    /// in the block); otherwise returns the dispatch outcome (a failed call still pays its fee
    /// and uses its nonce).
    @discardableResult
    public static func applyExtrinsic(_ bytes: [UInt8], _ ctx: inout BlockContext) throws(TransactionValidityError) -> DispatchOutcome {
        let checked = try check(bytes, ctx)
        let index = extrinsicIndex(ctx)
        let info = Runtime.dispatchInfo(checked.call)
        var fee: UInt64 = 0
        var origin = RuntimeOrigin.none
        if let (sender, nonce, tip) = checked.signed {
            var account = System.account.get(sender, ctx.storage)
            guard nonce >= account.nonce else { throw .invalid(.stale) }
            guard nonce == account.nonce else { throw .invalid(.future) }
            fee = TransactionPayment.fee(length: checked.encodedLength, info: info, tip: tip)
            // The fee is withdrawn (and its events recorded) before the nonce is stored, so a
            // refused payment leaves no trace.
            var attempt = ctx
            attempt.phase = .applyExtrinsic(index)
            guard TransactionPayment.withdrawFee(sender, fee, &attempt) else { throw .invalid(.payment) }
            ctx = attempt
            account = System.account.get(sender, ctx.storage)
            account.nonce &+= 1
            System.account.set(sender, account, in: &ctx.storage)
            origin = .signed(sender)
        }
        ctx.phase = .applyExtrinsic(index)
        let outcome = Runtime.dispatchTransactionally(checked.call, origin: origin, &ctx)
        if case .timestamp = checked.call, outcome.error != nil { throw .invalid(.badMandatory) }
        var reported = info
        reported.weight.refTime = reported.weight.refTime &+ TransactionPayment.extrinsicBaseWeight.refTime
        if let (sender, _, tip) = checked.signed {
            let paysAfter = outcome.error == nil ? (postDispatchPays(checked.call, sender: sender, ctx) ?? info.paysFee) : info.paysFee
            var postInfo = info
            postInfo.paysFee = paysAfter
            let actual = TransactionPayment.fee(length: checked.encodedLength, info: postInfo, tip: tip)
            TransactionPayment.settleFee(sender, charged: fee, actual: actual, tip: tip, &ctx)
            reported.paysFee = paysAfter
        }
        if let error = outcome.error {
            ctx.deposit(.system(.extrinsicFailed(error, reported)))
        } else {
            ctx.deposit(.system(.extrinsicSuccess(reported)))
        }
        ctx.storage.set(extrinsicIndexKey, (index &+ 1).scaleEncoded())
        return outcome
    }

    /// Calls whose fee mode changes after a successful dispatch: sudo by the key is free.
    static func postDispatchPays(_ call: RuntimeCall, sender: AccountID, _ ctx: BlockContext) -> Pays? {
        if case .sudo = call { return .no }
        return nil
    }

    static func extrinsicIndex(_ ctx: BlockContext) -> UInt32 {
        ctx.storage.value(at: extrinsicIndexKey).flatMap { try? UInt32(scaleBytes: $0) } ?? 0
    }

    /// Why a block could not be finalised.
    public enum FinalizationError: Error, Equatable, Sendable {
        /// The block has no timestamp inherent.
        case timestampMissing
    }

    /// Ends the block: `on_finalize`, the extrinsic count, the events into `System.Events`,
    /// old block hashes pruned. The caller computes the state root over the changes.
    public static func finalizeBlock(extrinsicCount: Int, _ ctx: inout BlockContext) throws(FinalizationError) {
        ctx.phase = .finalization
        guard Timestamp.finalize(&ctx) else { throw .timestampMissing }
        ctx.storage.remove(extrinsicIndexKey)
        System.extrinsicCount.remove(from: &ctx.storage)
        let number = ctx.blockNumber
        if number > System.blockHashCount + 1 { System.blockHash.remove(number - System.blockHashCount - 1, from: &ctx.storage) }
        let records = ctx.encodedEventRecords
        ctx.storage.set(System.eventsKey, records.scaleEncoded())
        System.eventCount.set(UInt32(records.count), in: &ctx.storage)
    }

    /// The extrinsics root: the ordered trie root (layout V1) of the encoded extrinsics.
    public static func extrinsicsRoot(_ extrinsics: [[UInt8]]) -> H256 {
        H256(bytes: orderedTrieRoot(extrinsics, layout: .v1).bytes)!
    }
}
