import ChainTypes
import Foundation
import NodeStorage
import NodeStorageTesting
import Primitives
import Testing

/// `StatePruning.keep(n)`: old versions go, kept states read exactly as in an archive.
struct PruningTests {
    /// Commits workload blocks to several stores at once, keeping the model state.
    struct Driver {
        let workload: StoreWorkload
        let stores: [BlockStore]
        private(set) var parent: Header
        private(set) var state: [[UInt8]: [UInt8]]

        init(_ workload: StoreWorkload, stores: [BlockStore]) throws {
            self.workload = workload
            self.stores = stores
            parent = workload.genesisHeader
            state = Dictionary(uniqueKeysWithValues: workload.genesisState.map { ($0.key, $0.value) })
            for store in stores { try store.commitGenesis(header: parent, state: workload.genesisState) }
        }

        /// Commits the next block; returns its number.
        @discardableResult
        mutating func commitNext() throws -> UInt32 {
            let number = parent.number + 1
            let header = workload.header(number: number, parent: parent.hash)
            for store in stores {
                try store.commitBlock(header: header, body: workload.body(number: number),
                                      changes: workload.changes(number: number), finalized: true)
            }
            workload.apply(number: number, to: &state)
            parent = header
            return number
        }

        mutating func commit(blocks: Int) throws {
            for _ in 0..<blocks { try commitNext() }
        }
    }

    @Test func keptStatesReadAsTheModelAndPrunedOnesThrow() throws {
        let workload = StoreWorkload(seed: 11, keySpace: 24, changesPerBlock: 6)
        let store = try BlockStore(inMemory: .keep(3))
        var driver = try Driver(workload, stores: [store])
        var history = [driver.state]  // indexed by block number
        for _ in 1...30 {
            let best = try driver.commitNext()
            history.append(driver.state)
            for number in (best >= 2 ? best - 2 : 0)...best {
                #expect(try Fixtures.walk(store.stateReader(atBlock: number)) == history[Int(number)])
            }
            if best >= 3 {
                #expect(throws: BlockStoreError.statePruned(path: ":memory:", number: best - 3, oldestKept: best - 2)) {
                    try store.stateReader(atBlock: best - 3)
                }
            }
            #expect(try store.oldestStateKept == (best >= 2 ? best - 2 : 0))
            // At most one version per key at or below the horizon, plus the last 2 blocks' changes.
            #expect(try store.stateVersionCount <= workload.keySpace + 2 * workload.changesPerBlock)
        }
        try store.verify(deep: true)
    }

    @Test func pruningKeepsFarFewerVersionsThanAnArchive() throws {
        let workload = StoreWorkload(seed: 12, keySpace: 50, changesPerBlock: 20)
        let archive = try BlockStore(inMemory: .archive)
        let pruned = try BlockStore(inMemory: .keep(1))
        var driver = try Driver(workload, stores: [archive, pruned])
        try driver.commit(blocks: 40)
        #expect(try pruned.headState().map(\.key) == archive.headState().map(\.key))
        #expect(try pruned.headState().map(\.value) == archive.headState().map(\.value))
        #expect(try archive.stateVersionCount > 40 * 15)
        #expect(try pruned.stateVersionCount <= workload.keySpace)
        #expect(throws: BlockStoreError.self) { try pruned.stateReader(atBlock: 39) }
        #expect(try archive.stateReader(atBlock: 0).value(at: workload.key(0)) == workload.genesisState.first { $0.key == workload.key(0) }?.value)
    }

    @Test func aTighterPolicyOnAnArchiveFileCatchesUp() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("chain.sqlite").path
        let workload = StoreWorkload(seed: 13, keySpace: 30, changesPerBlock: 10)
        var driver = try Driver(workload, stores: [try BlockStore(path: path, pruning: .archive)])
        try driver.commit(blocks: 20)

        let store = try BlockStore(path: path, pruning: .keep(4))
        let before = try store.stateVersionCount
        #expect(throws: BlockStoreError.statePruned(path: path, number: 10, oldestKept: 17)) {
            try store.stateReader(atBlock: 10)
        }
        let expected = try Fixtures.walk(store.stateReader(atBlock: 18))
        let best = try store.bestHeader
        try store.commitBlock(header: workload.header(number: 21, parent: best.hash), body: [],
                              changes: workload.changes(number: 21), finalized: true)
        #expect(try store.stateVersionCount < before)
        #expect(try Fixtures.walk(store.stateReader(atBlock: 18)) == expected)
        try store.verify(deep: true)

        let reopened = try BlockStore(path: path, pruning: .archive)
        #expect(throws: BlockStoreError.statePruned(path: path, number: 17, oldestKept: 18)) {
            try reopened.stateReader(atBlock: 17)
        }
    }

    @Test func aReaderFailsOnceItsBlockIsPrunedUnderIt() throws {
        let workload = StoreWorkload(seed: 14, keySpace: 10, changesPerBlock: 5)
        let store = try BlockStore(inMemory: .keep(2))
        var driver = try Driver(workload, stores: [store])
        try driver.commit(blocks: 3)
        let reader = try store.stateReader(atBlock: 2)
        _ = reader.value(at: workload.key(1))
        try reader.ensureNoReadFailed()
        let best = try store.bestHeader
        try store.commitBlock(header: workload.header(number: 4, parent: best.hash), body: [],
                              changes: workload.changes(number: 4), finalized: true)
        #expect(reader.value(at: workload.key(1)) == nil)
        #expect(throws: BlockStoreError.statePruned(path: ":memory:", number: 2, oldestKept: 3)) {
            try reader.ensureNoReadFailed()
        }
    }
}
