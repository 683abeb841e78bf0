import ChainTypes
import NodeStorage
import Primitives
import Testing

/// Blocks in and out: headers, bodies, the canonical index, pointers, and refused commits.
struct BlockStoreTests {
    @Test func anEmptyStoreHasNoGenesisAndVerifies() throws {
        let store = try BlockStore(inMemory: .archive)
        #expect(try store.genesisHash == nil)
        #expect(throws: BlockStoreError.noGenesis(path: ":memory:")) { try store.bestHeader }
        try store.verify(deep: true)
    }

    @Test func blocksRoundTrip() throws {
        let store = try BlockStore(inMemory: .archive)
        let genesis = Fixtures.genesis
        try store.commitGenesis(header: genesis, state: [(Fixtures.bytes("a"), Fixtures.bytes("1"))])
        let one = Fixtures.header(after: genesis)
        let body: [[UInt8]] = [[0x04, 0x01, 0x02], [], Array(repeating: 7, count: 300)]
        try store.commitBlock(header: one, body: body, changes: [:], finalized: false)
        let two = Fixtures.header(after: one, root: 0xBB)
        try store.commitBlock(header: two, body: [], changes: [:], finalized: true)

        #expect(try store.genesisHash == genesis.hash)
        #expect(try store.bestHeader == two)
        #expect(try store.bestNumber == 2)
        #expect(try store.bestHash == two.hash)
        #expect(try store.finalizedHash == two.hash)
        #expect(try store.finalizedNumber == 2)
        #expect(try store.header(hash: one.hash) == one)
        #expect(try store.header(number: 1) == one)
        #expect(try store.header(number: 0) == genesis)
        #expect(try store.header(number: 3) == nil)
        #expect(try store.blockHash(number: 2) == two.hash)
        #expect(try store.blockHash(number: 9) == nil)
        #expect(try store.body(hash: one.hash) == body)
        #expect(try store.body(hash: two.hash) == [])
        #expect(try store.body(hash: genesis.hash) == [])
        #expect(try store.body(hash: Fixtures.hash(9)) == nil)
        #expect(try store.number(of: two.hash) == 2)
        #expect(try store.number(of: Fixtures.hash(9)) == nil)
        try store.verify(deep: true)
    }

    @Test func finalityStaysWhereItWasWhenABlockIsNotFinal() throws {
        let store = try BlockStore(inMemory: .archive)
        try store.commitGenesis(header: Fixtures.genesis, state: [])
        let one = Fixtures.header(after: Fixtures.genesis)
        try store.commitBlock(header: one, body: [], changes: [:], finalized: true)
        try store.commitBlock(header: Fixtures.header(after: one), body: [], changes: [:], finalized: false)
        #expect(try store.finalizedHash == one.hash)
        #expect(try store.finalizedNumber == 1)
    }

    @Test func refusedCommitsWriteNothing() throws {
        let store = try BlockStore(inMemory: .archive)
        let genesis = Fixtures.genesis
        let one = Fixtures.header(after: genesis)
        #expect(throws: BlockStoreError.noGenesis(path: ":memory:")) {
            try store.commitBlock(header: one, body: [], changes: [:], finalized: true)
        }
        #expect(throws: BlockStoreError.genesisNumberNotZero(path: ":memory:", number: 1)) {
            try store.commitGenesis(header: one, state: [])
        }
        try store.commitGenesis(header: genesis, state: [])
        #expect(throws: BlockStoreError.genesisAlreadyCommitted(path: ":memory:", genesis: genesis.hash)) {
            try store.commitGenesis(header: genesis, state: [])
        }
        let orphan = Header(parentHash: Fixtures.hash(3), number: 1, stateRoot: .zero, extrinsicsRoot: .zero)
        #expect(throws: BlockStoreError.notExtendingBest(
            path: ":memory:", number: 1, parent: orphan.parentHash, bestNumber: 0, bestHash: genesis.hash)) {
            try store.commitBlock(header: orphan, body: [], changes: [Fixtures.bytes("x"): [1]], finalized: true)
        }
        let skipping = Header(parentHash: genesis.hash, number: 2, stateRoot: .zero, extrinsicsRoot: .zero)
        #expect(throws: BlockStoreError.self) {
            try store.commitBlock(header: skipping, body: [], changes: [:], finalized: true)
        }
        #expect(try store.bestHash == genesis.hash)
        #expect(try store.headState().isEmpty)
        #expect(try store.header(hash: orphan.hash) == nil)
        try store.verify(deep: true)
    }

    @Test func keepZeroIsRefusedWithThePath() throws {
        #expect(throws: BlockStoreError.invalidPruning(path: ":memory:", .keep(0))) {
            try BlockStore(inMemory: .keep(0))
        }
        let error = BlockStoreError.invalidPruning(path: "/data/chain.sqlite", .keep(0))
        #expect(error.description.contains("/data/chain.sqlite"))
    }
}
