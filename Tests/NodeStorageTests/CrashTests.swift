import ChainTypes
import Foundation
import NodeStorage
import NodeStorageTesting
import Testing

/// The writer process killed with SIGKILL at random instants: every reopened store verifies,
/// holds every block the writer reported committed, and its state is the workload's state at
/// its best block.
struct CrashTests {
    /// Must match the arguments handed to the writer.
    static let workload = StoreWorkload(seed: 0xC0FFEE, keySpace: 400, changesPerBlock: 120)
    static let keep: UInt32 = 16

    /// The `nodestorage-crash-writer` binary beside the test bundle in the build folder.
    static var writerURL: URL {
        var directory = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
        // On Linux the test bundle …/debug/swift-bittensorPackageTests.xctest is the executable itself.
        if directory.lastPathComponent.hasSuffix(".xctest") { directory = directory.deletingLastPathComponent() }
        return directory.appendingPathComponent("nodestorage-crash-writer")
    }

    @Test(.timeLimit(.minutes(1)))
    func aStoreKilledAtRandomInstantsRestartsAtItsLastCommittedBlock() throws {
        let writer = Self.writerURL
        try #require(FileManager.default.isExecutableFile(atPath: writer.path),
                     "nodestorage-crash-writer is not built at \(writer.path); run `swift build` (it builds every product) before `swift test --skip-build`")
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("chain.sqlite").path

        var random = SystemRandomNumberGenerator()
        var model = Model(workload: Self.workload)
        var previousBest: UInt32 = 0
        var kills = 0, unreported = 0
        let started = ContinuousClock.now
        while kills < 24 || (ContinuousClock.now - started < .seconds(4) && kills < 40) {
            let delay = Int.random(in: 20...260, using: &random)
            let printed = try Self.runAndKill(writer, path: path, afterMilliseconds: delay)
            kills += 1

            let store = try BlockStore(path: path, pruning: .keep(Self.keep))
            try store.verify(deep: true)
            guard try store.genesisHash != nil else {
                #expect(printed == nil, "the writer reported block \(printed ?? 0) but the store is empty")
                continue
            }
            let best = try store.bestHeader
            if let printed {
                #expect(best.number >= printed, "the writer reported block \(printed) committed; the store's best is \(best.number)")
                if best.number > printed { unreported += 1 }
            }
            #expect(best.number >= previousBest)
            previousBest = best.number
            model.advance(to: best.number)
            #expect(best == model.header)
            #expect(try store.body(hash: best.hash) == Self.workload.body(number: best.number))
            let head = try store.headState()
            #expect(head.count == model.state.count)
            #expect(Dictionary(uniqueKeysWithValues: head.map { ($0.key, $0.value) }) == model.state)
            if best.number > 0 {
                #expect(try store.stateReader(atBlock: best.number - 1).readValue(at: Self.workload.key(1))
                        == model.previousState[Self.workload.key(1)])
            }
        }
        let seconds = (ContinuousClock.now - started) / .seconds(1)
        print("crash test: \(kills) kills in \(seconds) s, best block #\(previousBest), \(unreported) kills fell between a commit and its report")
        #expect(previousBest > 0, "the writer never committed a block")
    }

    /// Starts the writer on `path`, kills it with SIGKILL after `milliseconds`, and returns the
    /// last block number it reported committed (`nil` if none).
    private static func runAndKill(_ writer: URL, path: String, afterMilliseconds milliseconds: Int) throws -> UInt32? {
        let process = Process()
        process.executableURL = writer
        process.arguments = [path, String(workload.seed), String(workload.keySpace), String(workload.changesPerBlock), String(keep)]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        usleep(useconds_t(milliseconds * 1000))
        kill(process.processIdentifier, SIGKILL)
        let bytes = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n")
        return lines.last { $0.hasPrefix("committed ") }.flatMap { UInt32($0.dropFirst("committed ".count)) }
    }

    /// The workload's chain replayed in the test: the header and state at a block.
    struct Model {
        let workload: StoreWorkload
        var header: Header
        var state: [[UInt8]: [UInt8]]
        var previousState: [[UInt8]: [UInt8]] = [:]

        init(workload: StoreWorkload) {
            self.workload = workload
            header = workload.genesisHeader
            state = Dictionary(uniqueKeysWithValues: workload.genesisState.map { ($0.key, $0.value) })
        }

        mutating func advance(to number: UInt32) {
            while header.number < number {
                previousState = state
                header = workload.header(number: header.number + 1, parent: header.hash)
                workload.apply(number: header.number, to: &state)
            }
        }
    }
}
