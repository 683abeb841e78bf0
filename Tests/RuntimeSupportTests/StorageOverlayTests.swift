import Testing
@testable import RuntimeSupport

@Suite struct StorageOverlayTests {
    let base = InMemoryStorage([[1]: [10], [2]: [20], [2, 5]: [25], [4]: [40]])

    @Test func readsFallThroughToCommittedState() {
        var overlay = StorageOverlay(base: base)
        #expect(overlay.value(at: [1]) == [10])
        overlay.set([1], [11])
        overlay.remove([2])
        #expect(overlay.value(at: [1]) == [11])
        #expect(overlay.value(at: [2]) == nil)
        #expect(base.value(at: [1]) == [10])
    }

    @Test func aThrowingTransactionLeavesNoTrace() {
        struct Failure: Error {}
        var overlay = StorageOverlay(base: base)
        overlay.set([9], [90])
        #expect(throws: Failure.self) {
            try overlay.withTransaction { (state: inout StorageOverlay) throws(Failure) in
                state.set([1], [99])
                state.remove([4])
                state.set([9], [91])
                throw Failure()
            }
        }
        #expect(overlay.value(at: [1]) == [10])
        #expect(overlay.value(at: [4]) == [40])
        #expect(overlay.value(at: [9]) == [90])
        #expect(overlay.transactionDepth == 0)
    }

    @Test func nestedTransactionsCommitIntoTheirParent() throws {
        var overlay = StorageOverlay(base: base)
        try overlay.startTransaction()
        overlay.set([1], [12])
        try overlay.startTransaction()
        overlay.set([2], [22])
        try overlay.rollbackTransaction()
        try overlay.startTransaction()
        overlay.set([3], [33])
        try overlay.commitTransaction()
        try overlay.commitTransaction()
        #expect(overlay.changes == [[1]: [12], [3]: [33]])
        #expect(throws: StorageOverlay.TransactionError.noOpenTransaction) { try overlay.commitTransaction() }
    }

    @Test func iterationMergesCommittedAndChangedKeysInOrder() {
        var overlay = StorageOverlay(base: base)
        overlay.set([2, 1], [21])
        overlay.remove([2, 5])
        overlay.set([3], [30])
        #expect(overlay.key(after: [1]) == [2])
        #expect(overlay.key(after: [2]) == [2, 1])
        #expect(overlay.key(after: [2, 1]) == [3])
        #expect(overlay.key(after: [4]) == nil)
        #expect(overlay.keys(withPrefix: [2]) == [[2], [2, 1]])
        #expect(overlay.removeAll(withPrefix: [2]) == 2)
        #expect(overlay.keys(withPrefix: [2]).isEmpty)
    }

    @Test func committingChangesUpdatesTheBase() {
        let storage = InMemoryStorage()
        var overlay = StorageOverlay(base: storage)
        overlay.set([5], [50])
        overlay.set([6], [60])
        overlay.remove([6])
        storage.apply(overlay.changes)
        #expect(storage.entries.map(\.key) == [[5]])
    }
}
