import Synchronization
import Testing
import VectorSupport
@testable import ProofOfWork

@Suite struct SealSolverTests {
    static let blockHash = [UInt8](repeating: 0xb1, count: 32)
    static let hotkey = [UInt8](repeating: 0x4b, count: 32)

    static func work(block: UInt64 = 100, difficulty: UInt64) -> SealWork {
        SealWork(blockNumber: block, blockHash: blockHash.map { $0 ^ UInt8(truncatingIfNeeded: block) }, hotkey: hotkey, difficulty: difficulty)
    }

    /// One thread scans nonces in order from the start, as one SDK solver process scans a block
    /// of nonces: the first solving nonce must be the one the SDK's loop finds.
    @Test(arguments: PowVectors.shared.solutions)
    func oneThreadFindsTheSDKsFirstNonce(_ v: PowVectors.Solution) {
        let work = SealWork(blockNumber: 7, blockHash: hexBytes(v.block_hash), hotkey: hexBytes(v.hotkey), difficulty: v.difficulty)
        for rule in DifficultyRule.allCases {
            let solver = SealSolver(threads: 1, updateInterval: 1003, startNonce: v.start_nonce, rule: rule)
            let solution = solver.start(work).wait()
            #expect(solution?.nonce == v.firstNonce(rule), "\(rule)")
            #expect(solution?.blockNumber == 7)
            if rule == .sdk { #expect(solution.map { hexString($0.seal.bytes) } == v.seal_sdk) }
        }
    }

    @Test(arguments: [1, 2, 4])
    func threadsFindValidSeals(_ threads: Int) {
        let work = Self.work(difficulty: 20_000)
        let solution = SealSolver(threads: threads, updateInterval: 512).start(work).wait()
        let found = try! #require(solution)
        #expect(found.seal == Seal(nonce: found.nonce, blockHash: work.blockHash, hotkey: work.hotkey))
        #expect(found.seal.meetsDifficulty(20_000))
        #expect(Seal.verify(work: found.seal.bytes, nonce: found.nonce, blockHash: work.blockHash, hotkey: work.hotkey,
                            difficulty: 20_000) == .valid)
    }

    @Test func cancellationStopsEveryThread() {
        let counter = Atomic<Int>(0)
        let box = SearchBox()
        let search = SealSolver(threads: 3, updateInterval: 256).start(Self.work(difficulty: .max)) { _ in
            if counter.add(1, ordering: .relaxed).newValue >= 10 { box.search?.cancel() }
        }
        box.search = search
        #expect(search.wait() == nil)
        #expect(search.isFinished)
        #expect(counter.load(ordering: .relaxed) >= 10)
        #expect(search.noncesTried >= 10 * 256)
    }

    @Test func newWorkIsPickedUpMidSolve() {
        let hard = Self.work(block: 100, difficulty: .max)
        let easy = Self.work(block: 101, difficulty: 50)
        let reports = Atomic<Int>(0)
        let box = SearchBox()
        let search = SealSolver(threads: 2, updateInterval: 300).start(hard) { progress in
            if reports.add(1, ordering: .relaxed).newValue >= 6 { box.search?.update(easy) }
        }
        box.search = search
        let solution = try! #require(search.wait())
        #expect(solution.work == easy)
        #expect(solution.blockNumber == 101)
        #expect(solution.seal == Seal(nonce: solution.nonce, blockAndHotkeyHash: easy.blockAndHotkeyHash))
        #expect(solution.seal.meetsDifficulty(50))
    }

    @Test func threadsNeverShareANonce() {
        let solver = SealSolver(threads: 3, updateInterval: 100, startNonce: .max - 1_000)
        let batches = Mutex<[NonceBatch]>([])
        let box = SearchBox()
        let search = solver.start(Self.work(difficulty: .max)) { progress in
            let count = batches.withLock { $0.append(progress.batch); return $0.count }
            if count >= 60 { box.search?.cancel() }
        }
        box.search = search
        #expect(search.wait() == nil)
        let seen = batches.withLock { $0 }
        #expect(seen.count >= 60)
        #expect(Set(seen.map(\.index)).count == seen.count)
        #expect(seen.reduce(0) { $0 + $1.count } == search.noncesTried)
        for thread in 0..<3 {
            let mine = seen.filter { $0.thread == thread }.sorted { $0.index < $1.index }
            for (round, batch) in mine.enumerated() {
                #expect(batch == solver.batch(thread: thread, round: UInt64(round)))
                #expect(batch.index % 3 == UInt64(thread))
            }
        }
        // Distinct indices of equal-size batches are disjoint ranges, here across the 2⁶⁴ wrap.
        let nonces = seen.flatMap { batch in (0..<batch.count).map { batch.first &+ $0 } }
        #expect(Set(nonces).count == nonces.count)
        #expect(nonces.contains(0) && nonces.contains(.max))
    }

    @Test func progressReportsBestSealAndRate() {
        let last = Mutex<SolverProgress?>(nil)
        let box = SearchBox()
        let work = Self.work(difficulty: .max)
        let search = SealSolver(threads: 2, updateInterval: 1000, rule: .sdk).start(work) { progress in
            last.withLock { $0 = progress }
            if progress.noncesTried >= 8000 { box.search?.cancel() }
        }
        box.search = search
        _ = search.wait()
        let progress = try! #require(last.withLock { $0 })
        let best = try! #require(progress.best)
        #expect(best.seal == Seal(nonce: best.nonce, blockAndHotkeyHash: work.blockAndHotkeyHash))
        #expect(best.blockNumber == work.blockNumber)
        #expect(progress.sealsPerSecond > 0)
        #expect(progress.work == work)
        // The best of ≥ 8000 seals starts with a zero byte with overwhelming probability (1 − (255/256)^8000).
        #expect(best.seal.bytes[0] == 0)
    }

    @Test func asyncSolveHonoursTaskCancellation() async {
        let solver = SealSolver(threads: 2, updateInterval: 500)
        let task = Task { await solver.solve(Self.work(difficulty: .max)) }
        try? await Task.sleep(for: .milliseconds(20))
        task.cancel()
        #expect(await task.value == nil)
        let easy = await solver.solve(Self.work(difficulty: 10))
        #expect(easy?.seal.meetsDifficulty(10) == true)
    }

    @Test func progressStreamFinishesWithTheSearch() async {
        let search = SealSolver(threads: 2, updateInterval: 200).start(Self.work(difficulty: 2_000))
        var reports = 0
        for await _ in search.progressUpdates { reports += 1 }
        #expect(reports >= 1)
        #expect(await search.result() != nil)
    }
}

/// Lets a progress callback reach the search it belongs to (set right after `start`).
final class SearchBox: @unchecked Sendable {
    private let lock = Mutex<SealSearch?>(nil)
    var search: SealSearch? {
        get { lock.withLock { $0 } }
        set { lock.withLock { $0 = newValue } }
    }
}
