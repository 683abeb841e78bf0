import ChainTypes
import NodeStorage
import Primitives
import RuntimeSupport
import Testing

/// Versioned state: the head state, and historical reads through `StorageReader`.
struct StateHistoryTests {
    private static func b(_ text: String) -> [UInt8] { Fixtures.bytes(text) }

    /// Genesis {a:1, b:2, c:3, ab:4}; #1 deletes b, sets c:30, adds d:"" (empty, present);
    /// #2 re-adds b:20, deletes ab and d; #3 deletes a and c.
    private static func chain() throws -> BlockStore {
        let store = try BlockStore(inMemory: .archive)
        var parent = Fixtures.genesis
        try store.commitGenesis(header: parent, state: [(b("a"), b("1")), (b("b"), b("2")), (b("c"), b("3")), (b("ab"), b("4"))])
        let blocks: [[[UInt8]: [UInt8]?]] = [
            [b("b"): nil, b("c"): b("30"), b("d"): []],
            [b("b"): b("20"), b("ab"): nil, b("d"): nil],
            [b("a"): nil, b("c"): nil],
        ]
        for changes in blocks {
            let header = Fixtures.header(after: parent)
            try store.commitBlock(header: header, body: [], changes: changes, finalized: true)
            parent = header
        }
        return store
    }

    private static let expected: [[[UInt8]: [UInt8]]] = [
        [b("a"): b("1"), b("ab"): b("4"), b("b"): b("2"), b("c"): b("3")],
        [b("a"): b("1"), b("ab"): b("4"), b("c"): b("30"), b("d"): []],
        [b("a"): b("1"), b("b"): b("20"), b("c"): b("30")],
        [b("b"): b("20")],
    ]

    @Test(arguments: 0...3)
    func theStateAtEachBlockReadsBack(number: Int) throws {
        let store = try Self.chain()
        let reader = try store.stateReader(atBlock: UInt32(number))
        #expect(reader.blockNumber == UInt32(number))
        #expect(try Fixtures.walk(reader) == Self.expected[number])
        for key in ["a", "ab", "b", "c", "d", "e", ""].map(Self.b) {
            #expect(reader.value(at: key) == Self.expected[number][key])
        }
    }

    @Test func keyAfterSkipsDeletedKeysAndFollowsByteOrder() throws {
        let store = try Self.chain()
        let one = try store.stateReader(atBlock: 1)
        #expect(one.key(after: []) == Self.b("a"))
        #expect(one.key(after: Self.b("a")) == Self.b("ab"))
        #expect(one.key(after: Self.b("ab")) == Self.b("c"))  // b deleted at #1
        #expect(one.key(after: Self.b("aa")) == Self.b("ab"))
        #expect(one.key(after: Self.b("d")) == nil)
        let three = try store.stateReader(atBlock: 3)
        #expect(three.key(after: []) == Self.b("b"))  // a and ab deleted
        #expect(three.key(after: Self.b("b")) == nil)  // c and d deleted
        try one.ensureNoReadFailed()
        try three.ensureNoReadFailed()
    }

    @Test func theHeadStateIsTheBestBlocksStateInKeyOrder() throws {
        let store = try Self.chain()
        let head = try store.headState()
        #expect(head.map(\.key) == [Self.b("b")])
        #expect(head.map(\.value) == [Self.b("20")])

        let genesisOnly = try BlockStore(inMemory: .archive)
        try genesisOnly.commitGenesis(header: Fixtures.genesis, state: [([2], [1]), ([1, 0], [2]), ([1], [3]), ([], [4])])
        #expect(try genesisOnly.headState().map(\.key) == [[], [1], [1, 0], [2]])
    }

    @Test func aBlockAboveTheBestIsUnknown() throws {
        let store = try Self.chain()
        #expect(throws: BlockStoreError.unknownBlock(path: ":memory:", number: 4, best: 3)) {
            try store.stateReader(atBlock: 4)
        }
    }

    @Test func aReaderIsAStorageReaderForTheRuntime() throws {
        let store = try Self.chain()
        let reader: any StorageReader = try store.stateReader(atBlock: 2)
        #expect(reader.value(at: Self.b("b")) == Self.b("20"))
        #expect(reader.key(after: Self.b("b")) == Self.b("c"))
    }
}
