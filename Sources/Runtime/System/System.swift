import Hashing
import Primitives
import RuntimeSupport
import SCALECodec

/// `frame_system`: accounts and nonces, block numbers and hashes, events.
public enum System {
    static let pallet = "System"
    public static let index: UInt8 = 0

    public static let account = StorageMap<AccountID, AccountInfo>(pallet, "Account", hasher: .blake2_128Concat, default: AccountInfo())
    /// Hashes of earlier blocks (the genesis hash under 0), kept for `blockHashCount` blocks.
    public static let blockHash = StorageMap<UInt32, H256>(pallet, "BlockHash", hasher: .twox64Concat, default: .zero)
    public static let number = StorageValue(pallet, "Number", default: UInt32(0))
    public static let parentHash = StorageValue(pallet, "ParentHash", default: H256.zero)
    public static let extrinsicCount = StorageValue(pallet, "ExtrinsicCount", default: UInt32(0))
    public static let eventCount = StorageValue(pallet, "EventCount", default: UInt32(0))
    /// The raw key of `System.Events` (`Vec<EventRecord>`).
    public static let eventsKey = StorageKey.prefix(pallet: pallet, item: "Events")
    /// `UpgradedToU32RefCount` and `UpgradedToTripleRefCount`: true on any chain built since 2021.
    public static let upgradedToU32RefCount = StorageValue(pallet, "UpgradedToU32RefCount", default: false)
    public static let upgradedToTripleRefCount = StorageValue(pallet, "UpgradedToTripleRefCount", default: false)

    /// `BlockHashCount`: how many earlier block hashes stay readable.
    public static let blockHashCount: UInt32 = 2400

    /// The account's nonce.
    public static func nonce(_ who: AccountID, _ ctx: BlockContext) -> UInt32 { account.get(who, ctx.storage).nonce }

    /// Whether the account exists (some provider or sufficient reference).
    public static func exists(_ who: AccountID, _ ctx: BlockContext) -> Bool {
        let info = account.get(who, ctx.storage)
        return info.providers > 0 || info.sufficients > 0
    }

    /// `System.BlockHash[n]`, zero when unknown (the current block's own hash reads as zero).
    public static func hashOfBlock(_ n: UInt32, _ ctx: BlockContext) -> H256 { blockHash.get(n, ctx.storage) }

    /// `remark` and friends; the code-changing calls are refused.
    static func dispatch(_ call: SystemCall, origin: RuntimeOrigin, _ ctx: inout BlockContext) throws(DispatchError) -> PostDispatchInfo {
        switch call {
        case .remark:
            _ = try origin.ensureSigned()
        case .remarkWithEvent(let remark):
            let who = try origin.ensureSigned()
            let hash = H256(bytes: Blake2b.hash256(remark))!
            ctx.deposit(.system(.remarked(sender: who, hash: hash)))
        case .setHeapPages, .setCode, .setCodeWithoutChecks:
            try origin.ensureRoot()
            throw .unavailable
        case .setStorage(let items):
            try origin.ensureRoot()
            for item in items { ctx.storage.set(item.key, item.value) }
        case .killStorage(let keys):
            try origin.ensureRoot()
            for key in keys { ctx.storage.remove(key) }
        case .killPrefix(let prefix, _):
            try origin.ensureRoot()
            ctx.storage.removeAll(withPrefix: prefix)
        }
        return .unchanged
    }

    static func dispatchInfo(_ call: SystemCall) -> DispatchInfo {
        switch call {
        case .remark(let r), .remarkWithEvent(let r):
            return DispatchInfo(weight: Weight(refTime: 2_000_000 + UInt64(r.count) * 1_000))
        default:
            return DispatchInfo(weight: Weight(refTime: 10_000_000), dispatchClass: .operational)
        }
    }
}
