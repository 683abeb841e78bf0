import ChainTypes
import NodeStorage
import Primitives
import Runtime

/// Re-executes a stored chain from genesis and checks every block's seal and state root: the
/// proof that what is on disk is exactly what the runtime produces.
public enum ChainVerifier {
    /// Why a stored chain did not verify.
    public enum Failure: Error, CustomStringConvertible {
        case genesisMismatch(stored: H256?, expected: H256)
        case missingBlock(UInt32)
        case block(UInt32, BlockBuilder.ImportError)
        case store(BlockStoreError)

        public var description: String {
            switch self {
            case .genesisMismatch(let stored, let expected):
                return "stored genesis \(stored.map(\.description) ?? "none") is not this chain's \(expected)"
            case .missingBlock(let number): return "block #\(number) is missing"
            case .block(let number, let error): return "block #\(number): \(error)"
            case .store(let error): return "database: \(error)"
            }
        }
    }

    /// Re-executes blocks 1…best of `store` on `genesis`; returns the number of blocks checked.
    public static func reexecute(_ store: BlockStore, genesis: GenesisConfig, progress: (UInt32) -> Void = { _ in }) throws(Failure) -> UInt32 {
        let built = genesis.build()
        do {
            guard try store.genesisHash == built.hash else { throw Failure.genesisMismatch(stored: try store.genesisHash, expected: built.hash) }
            let state = built.state
            let best = try store.bestNumber
            var parent = built.header
            for number in stride(from: UInt32(1), through: best, by: 1) {
                guard let header = try store.header(number: number), let body = try store.body(hash: header.hash),
                      header.parentHash == parent.hash
                else { throw Failure.missingBlock(number) }
                let authorities = Aura.authorities.get(BlockContext(base: state, blockNumber: number).storage)
                guard BlockBuilder.verifySeal(header, authorities: authorities) else { throw Failure.block(number, .badSeal) }
                let executed: ExecutedBlock
                do {
                    executed = try BlockBuilder.execute(header, body: body, state: state)
                } catch {
                    throw Failure.block(number, error)
                }
                state.commit(executed.changes, staged: executed.stagedTrie)
                parent = header
                progress(number)
            }
            return best
        } catch let error as BlockStoreError {
            throw .store(error)
        } catch let error as Failure {
            throw error
        } catch {
            preconditionFailure("unexpected \(error)")
        }
    }
}
