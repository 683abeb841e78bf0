import Primitives
import RuntimeSupport
import SCALECodec

/// Everything one block's execution reads and writes: the state (committed state under an
/// overlay of this block's changes), the events deposited so far, and where in the block we are.
///
/// Pallet functions take it `inout`. `transactional` gives FRAME's `#[transactional]`: the
/// storage changes and the events of a body that throws are both discarded.
public struct BlockContext {
    /// The state as the running code sees it.
    public var storage: StorageOverlay
    /// The events deposited in this block, oldest first.
    public private(set) var events: [(phase: Phase, event: RuntimeEvent)] = []
    /// Where in the block events are being deposited.
    public var phase: Phase = .initialization
    /// The number of the block being executed (`System.Number`).
    public var blockNumber: UInt32

    /// A context over `base` executing block `blockNumber`.
    public init(base: any StorageReader, blockNumber: UInt32) {
        storage = StorageOverlay(base: base)
        self.blockNumber = blockNumber
    }

    /// The block number as SubtensorModule uses it (`u64`).
    public var currentBlock: UInt64 { UInt64(blockNumber) }

    /// Records `event` in the current phase.
    public mutating func deposit(_ event: RuntimeEvent) {
        events.append((phase, event))
    }

    /// Removes every event (the start of a block).
    public mutating func clearEvents() { events.removeAll() }

    /// Runs `body` so that it either happens completely or not at all: when it throws, its
    /// storage writes and events are discarded and the error is rethrown.
    public mutating func transactional<R>(
        _ body: (inout BlockContext) throws(DispatchError) -> R
    ) throws(DispatchError) -> R {
        let eventCount = events.count
        do { try storage.startTransaction() } catch { throw .transactional(.limitReached) }
        do {
            let result = try body(&self)
            try? storage.commitTransaction()
            return result
        } catch {
            try? storage.rollbackTransaction()
            events.removeSubrange(eventCount...)
            throw error
        }
    }

    /// The events encoded as `System.Events` stores them.
    public var encodedEventRecords: [EventRecord] {
        events.map { EventRecord(phase: $0.phase, event: $0.event.scaleEncoded()) }
    }
}
