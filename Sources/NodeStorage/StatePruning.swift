/// How much state history a `BlockStore` keeps (`--state-pruning N|archive`).
///
/// Headers and bodies are always kept; only superseded state versions are deleted. With
/// `.keep(n)` the states after the last `n` blocks (the best block and the `n - 1` before it)
/// stay readable through `BlockStore.stateReader(atBlock:)`; asking for an older block throws
/// `BlockStoreError.statePruned`.
public enum StatePruning: Equatable, Sendable, CustomStringConvertible {
    /// Keep the state after every block.
    case archive
    /// Keep the state after the last `n` blocks; `n` must be at least 1.
    case keep(UInt32)

    /// The oldest block whose state this policy keeps when `best` is the best block.
    public func horizon(best: UInt32) -> UInt32 {
        switch self {
        case .archive:
            return 0
        case .keep(let n):
            return best >= n ? best - n + 1 : 0
        }
    }

    public var description: String {
        switch self {
        case .archive: "archive"
        case .keep(let n): "keep the last \(n) blocks"
        }
    }
}
