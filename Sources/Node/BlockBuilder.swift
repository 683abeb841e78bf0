import ChainTypes
import Keys
import Primitives
import Runtime
import RuntimeSupport
import SCALECodec
import Trie

/// A block executed on top of its parent's state: header (unsealed), body, state changes and
/// the staged state trie.
public struct ExecutedBlock: @unchecked Sendable {
    public var header: Header
    public var body: [[UInt8]]
    public var changes: StorageChanges
    public var stagedTrie: MerkleTrie
    /// The dispatch outcome of each body extrinsic, by index.
    public var outcomes: [DispatchOutcome]
}

/// Builds blocks (authoring) and re-executes given blocks (import), on the same executive.
///
/// Authoring and import share `execute`: authoring picks extrinsics from the pool and drops the
/// invalid ones; import applies exactly the body it was given and fails on any invalid one, so
/// a second node (or a restart) can verify what an author produced.
public enum BlockBuilder {
    /// Why an imported block was rejected.
    public enum ImportError: Error, Equatable, Sendable, CustomStringConvertible {
        case invalidExtrinsic(index: Int, TransactionValidityError)
        case finalization(Executive.FinalizationError)
        case stateRootMismatch(expected: H256, computed: H256)
        case extrinsicsRootMismatch(expected: H256, computed: H256)
        case badSeal

        public var description: String {
            switch self {
            case .invalidExtrinsic(let index, let error): return "extrinsic \(index) is invalid: \(error)"
            case .finalization(let error): return "block cannot be finalised: \(error)"
            case .stateRootMismatch(let expected, let computed): return "state root \(computed) differs from the header's \(expected)"
            case .extrinsicsRootMismatch(let expected, let computed): return "extrinsics root \(computed) differs from the header's \(expected)"
            case .badSeal: return "the Aura seal is missing or does not verify"
            }
        }
    }

    /// The Aura pre-runtime digest of `slot`.
    public static func slotDigest(_ slot: UInt64) -> DigestItem {
        .preRuntime(engine: DigestItem.aura, data: slot.scaleEncoded())
    }

    /// The timestamp inherent for `moment` (ms).
    public static func timestampInherent(_ moment: UInt64) -> [UInt8] {
        UncheckedExtrinsic.unsigned(RuntimeCall.timestamp(.set(now: moment)).scaleEncoded()).scaleEncoded()
    }

    /// Builds a block on `parent` at `moment`: the timestamp inherent, then `candidates` in
    /// order, skipping invalid ones (returned so the pool can drop them) and stopping at
    /// `maximumExtrinsics`.
    public static func author(
        parent: Header, state: ChainState, moment: UInt64, slot: UInt64, candidates: [[UInt8]], maximumExtrinsics: Int = 20_000
    ) throws(ImportError) -> (block: ExecutedBlock, rejected: [(bytes: [UInt8], error: TransactionValidityError)]) {
        var header = Header(parentHash: parent.hash, number: parent.number + 1, stateRoot: .zero, extrinsicsRoot: .zero,
                            digest: [slotDigest(slot)])
        var ctx = BlockContext(base: state, blockNumber: header.number)
        Executive.initializeBlock(header, &ctx)
        var body: [[UInt8]] = []
        var outcomes: [DispatchOutcome] = []
        let inherent = timestampInherent(moment)
        do {
            outcomes.append(try Executive.applyExtrinsic(inherent, &ctx))
        } catch {
            throw .invalidExtrinsic(index: 0, error)
        }
        body.append(inherent)
        var rejected: [(bytes: [UInt8], error: TransactionValidityError)] = []
        for candidate in candidates where body.count < maximumExtrinsics {
            do {
                outcomes.append(try Executive.applyExtrinsic(candidate, &ctx))
                body.append(candidate)
            } catch {
                rejected.append((candidate, error))
            }
        }
        do {
            try Executive.finalizeBlock(extrinsicCount: body.count, &ctx)
        } catch {
            throw .finalization(error)
        }
        let changes = ctx.storage.changes
        let (root, trie) = state.stage(changes)
        header.stateRoot = root
        header.extrinsicsRoot = Executive.extrinsicsRoot(body)
        return (ExecutedBlock(header: header, body: body, changes: changes, stagedTrie: trie, outcomes: outcomes), rejected)
    }

    /// Re-executes a sealed block on its parent's state and checks both roots.
    public static func execute(_ sealed: Header, body: [[UInt8]], state: ChainState) throws(ImportError) -> ExecutedBlock {
        var header = sealed
        header.digest = sealed.digest.filter { if case .seal = $0 { return false } else { return true } }
        var ctx = BlockContext(base: state, blockNumber: header.number)
        Executive.initializeBlock(header, &ctx)
        var outcomes: [DispatchOutcome] = []
        for (index, bytes) in body.enumerated() {
            do {
                outcomes.append(try Executive.applyExtrinsic(bytes, &ctx))
            } catch {
                throw .invalidExtrinsic(index: index, error)
            }
        }
        do {
            try Executive.finalizeBlock(extrinsicCount: body.count, &ctx)
        } catch {
            throw .finalization(error)
        }
        let changes = ctx.storage.changes
        let (root, trie) = state.stage(changes)
        guard root == sealed.stateRoot else { throw .stateRootMismatch(expected: sealed.stateRoot, computed: root) }
        let extrinsicsRoot = Executive.extrinsicsRoot(body)
        guard extrinsicsRoot == sealed.extrinsicsRoot else {
            throw .extrinsicsRootMismatch(expected: sealed.extrinsicsRoot, computed: extrinsicsRoot)
        }
        return ExecutedBlock(header: sealed, body: body, changes: changes, stagedTrie: trie, outcomes: outcomes)
    }

    /// Seals a header: Aura's signature over the hash of the unsealed header.
    public static func seal(_ header: Header, with author: Keypair) -> Header {
        var sealed = header
        let signature = author.sign(header.hash.bytes)
        sealed.digest.append(.seal(engine: DigestItem.aura, data: signature))
        return sealed
    }

    /// Whether `header` carries a valid seal by one of `authorities`.
    public static func verifySeal(_ header: Header, authorities: [AccountID]) -> Bool {
        guard case .seal(let engine, let signature)? = header.digest.last, engine == DigestItem.aura else { return false }
        var unsealed = header
        unsealed.digest.removeLast()
        let message = unsealed.hash.bytes
        return authorities.contains { Keypair.verify(signature, message: message, publicKey: $0.bytes, scheme: .sr25519) }
    }
}
