import Foundation
import ProofOfWork

/// `bench pow`: the registration proof-of-work seal rate of `SealSolver` on one thread and on
/// every core, beside the SDK's Python inner loop (`Scripts/bench/pow_reference.py`) measured in
/// the same run. Targets: one core ≥ 20× the SDK loop; all cores scale linearly (≥ 90% of
/// cores × the one-core rate). Run it unpinned, or the all-cores row measures one core.
enum PowBenchmark {
    static let perCoreTarget = 20.0
    static let scalingTarget = 0.9
    /// perf-anchors.md §2.4: OpenSSL SHA-256 (SHA-NI) + portable C Keccak, one core, not re-measured.
    static let nativeAnchor = 2.63e6

    static func main(_ arguments: [String]) throws {
        if arguments.contains("--help") {
            print("usage: bench pow [--python VENV_PYTHON] [--seconds S] [--repeats R] [--threads N]")
            return
        }
        func option(_ name: String) -> String? {
            guard let i = arguments.firstIndex(of: name), i + 1 < arguments.count else { return nil }
            return arguments[i + 1]
        }
        let seconds = option("--seconds").flatMap(Double.init) ?? 1.0
        let repeats = max(1, option("--repeats").flatMap(Int.init) ?? 5)
        let threads = max(1, option("--threads").flatMap(Int.init) ?? SealSolver.availableProcessors)
        let python = option("--python")

        let work = SealWork(blockNumber: 1, blockHash: Array(0..<32), hotkey: [UInt8](repeating: 0, count: 32), difficulty: .max)
        print("PoW seal rate: SealSolver on difficulty 2^64 - 1 (never solved), \(repeats) runs of \(seconds) s, median")
        let verify = BenchmarkRunner().opsPerSecond {
            Sink.shared.value &+= UInt64(Seal(nonce: Sink.shared.value, blockAndHotkeyHash: work.blockAndHotkeyHash).bytes[0])
        }
        let oneRate = median(repeats) { solverRate(work, threads: 1, seconds: seconds) }
        let allRate = median(repeats) { solverRate(work, threads: threads, seconds: seconds) }
        let (one, all) = (oneRate.wall, allRate.wall)
        let reference = python.flatMap(runPythonReference)
        if python == nil { print("(no --python given: the SDK loop column is empty)") }

        let sdk = reference?["sdk_loop"]
        func ratio(_ rate: Double, _ base: Double?) -> String { base.map { String(format: "%.1f×", rate / $0) } ?? "-" }
        print("")
        print(pad("", 34) + pad("seals/s", 12) + pad("ns/seal", 10) + pad("× SDK loop", 12) + "× native C anchor")
        print(pad("Seal(nonce:) one at a time (verify)", 34) + pad(format(verify), 12) + pad(ns(verify), 10)
              + pad(ratio(verify, sdk), 12) + ratio(verify, nativeAnchor))
        print(pad("SealSolver, 1 thread", 34) + pad(format(one), 12) + pad(ns(one), 10)
              + pad(ratio(one, sdk), 12) + ratio(one, nativeAnchor))
        print(pad("SealSolver, \(threads) threads", 34) + pad(format(all), 12) + pad(ns(all), 10)
              + pad(ratio(all, sdk), 12) + ratio(all, nativeAnchor))
        if let reference, let sdk {
            print(pad("SDK loop (Python, 1 process)", 34) + pad(format(sdk), 12) + pad(ns(sdk), 10) + "1.0×   "
                  + String(format: "[%@ – %@]", format(reference["sdk_loop_min"] ?? 0), format(reference["sdk_loop_max"] ?? 0)))
            if let tight = reference["tight_loop"] {
                print(pad("same hashes, tight Python loop", 34) + pad(format(tight), 12) + ns(tight))
            }
        }
        print("")
        var missed = 0
        if let sdk {
            let met = one / sdk >= perCoreTarget
            if !met { missed += 1 }
            print(String(format: "one core: %.1f× the SDK loop (target ≥ %.0f×): %@", one / sdk, perCoreTarget, met ? "met" : "MISSED"))
        }
        let efficiency = all / (one * Double(threads))
        let scaled = efficiency >= scalingTarget
        if !scaled { missed += 1 }
        print(String(format: "scaling: %d threads = %.2f× one thread, %.0f%% of linear (target ≥ %.0f%%): %@",
                     threads, all / one, efficiency * 100, scalingTarget * 100, scaled ? "met" : "MISSED"))
        print(String(format: "per CPU-second (threading overhead, whatever the scheduler grants): 1 thread %@, %d threads %@ (%.0f%%)",
                     format(oneRate.cpu), threads, format(allRate.cpu), allRate.cpu / oneRate.cpu * 100))
        let granted = allRate.wall / allRate.cpu
        if !scaled && granted < Double(threads) * scalingTarget {
            print(String(format: "the %d threads got %.2f cores of CPU time: the machine is shared, so wall-clock scaling "
                         + "is not measurable here; per CPU-second above is.", threads, granted))
        }
        print("Cores online: \(SealSolver.availableProcessors). Both sides ran on this machine in this run; other jobs "
              + "sharing the cores lower every figure, the ratios less.")
        if missed > 0 { print("\(missed) target(s) missed.") }
    }

    /// Seals per wall-clock second and per CPU second (all threads) of a solver that runs for
    /// `seconds` and is then cancelled.
    static func solverRate(_ work: SealWork, threads: Int, seconds: Double) -> Rate {
        let start = DispatchTime.now().uptimeNanoseconds
        let cpuStart = processCPUSeconds()
        let search = SealSolver(threads: threads).start(work)
        usleep(UInt32(seconds * 1e6))
        search.cancel()
        let solution = search.wait()
        precondition(solution == nil, "difficulty 2^64 - 1 was solved")
        let wall = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let nonces = Double(search.noncesTried)
        return Rate(wall: nonces / wall, cpu: nonces / (processCPUSeconds() - cpuStart))
    }

    struct Rate: Comparable {
        var wall: Double
        var cpu: Double
        static func < (a: Rate, b: Rate) -> Bool { a.wall < b.wall }
    }

    static func processCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    static func median<T: Comparable>(_ runs: Int, _ body: () -> T) -> T {
        let rates = (0..<runs).map { _ in body() }.sorted()
        return rates[rates.count / 2]
    }

    static func runPythonReference(_ python: String) -> [String: Double]? {
        PythonReference.rates(script: "pow_reference.py", python: python)
    }

    static func ns(_ rate: Double) -> String { String(format: "%.0f", 1e9 / rate) }
    static func format(_ rate: Double) -> String { FoundationBenchmark.format(rate) }
    static func pad(_ s: String, _ width: Int) -> String { FoundationBenchmark.pad(s, width) }
}
