import Foundation
import Primitives
import Yuma

/// `bench epoch`: the Yuma epoch on a random n = 4096 subnet whose 128 validators each weight all
/// 4096 uids, in the steady state (bonds from a previous epoch), sparse (the chain's) and dense.
/// Target from the issue: the epoch under 50 ms on one core.
enum EpochBenchmark {
    static let targetMilliseconds = 50.0

    static func main(_ arguments: [String]) throws {
        if arguments.contains("--help") {
            print("usage: bench epoch [--n N] [--validators V] [--runs R] [--no-dense]   (pin it: taskset -c 1 bench epoch)")
            return
        }
        func option(_ name: String, _ fallback: Int) -> Int {
            guard let i = arguments.firstIndex(of: name), i + 1 < arguments.count, let value = Int(arguments[i + 1]) else {
                return fallback
            }
            return value
        }
        let n = option("--n", 4096)
        let validators = option("--validators", 128)
        let runs = max(1, option("--runs", 7))
        let input = try steadyState(n: n, validators: validators)
        let entries = input.weights.reduce(0) { $0 + $1.count }
        print("Yuma epoch: n = \(n), \(validators) validators weighting all uids (\(entries) weights, "
              + "\(input.bonds.reduce(0) { $0 + $1.count }) bonds), median of \(runs) runs")
        var variants: [EpochVariant] = [.sparse]
        if !arguments.contains("--no-dense") { variants.append(.dense) }
        for variant in variants {
            let (milliseconds, best) = try median(runs: variant == .dense ? min(runs, 3) : runs) {
                Sink.shared.value &+= try Epoch.run(input, variant: variant).emission.reduce(0, &+)
            }
            let verdict = milliseconds < targetMilliseconds ? "met" : "MISSED"
            let target = variant == .sparse ? String(format: "target < %.0f ms: %@", targetMilliseconds, verdict) : "(test-only variant)"
            print(String(format: "  %-7@ median %8.2f ms  (best %8.2f ms)   ", variant.rawValue, milliseconds, best) + target)
        }
    }

    /// A random subnet after one epoch, so the measured epoch also reads and averages bonds.
    static func steadyState(n: Int, validators: Int) throws -> EpochInput {
        var random = SplitMix64(seed: 0x5eed_4096)
        let block: UInt64 = 10_000
        let stake = (0..<n).map { uid in
            uid < validators ? 1_000_000_000_000 + random.next() % 1_000_000_000_000_000 : random.next() % 1_000_000_000
        }
        let weights: [[UIDValue]] = (0..<n).map { uid in
            guard uid < validators else { return [] }
            let raw = (0..<n).map { _ in UInt16(truncatingIfNeeded: random.next() % 65535 + 1) }
            let stored = YumaMath.vecU16MaxUpscaleToU16(raw)
            return (0..<n).map { UIDValue(uid: UInt16($0), value: stored[$0]) }
        }
        var input = EpochInput(
            n: UInt16(n), currentBlock: block, stake: stake, weights: weights,
            bonds: [[UIDValue]](repeating: [], count: n),
            lastUpdate: (0..<n).map { _ in block - random.next() % 100 },
            blockAtRegistration: (0..<n).map { _ in random.next() % 5000 },
            validatorPermit: (0..<n).map { $0 < validators },
            hyperparameters: EpochHyperparameters(maxAllowedValidators: UInt16(validators)),
            raoEmission: 1_000_000_000 * 360)
        input = input.advanced(by: try Epoch.run(input))
        input.currentBlock += 1
        return input
    }

    /// The median and the best wall time of `body`, in milliseconds.
    static func median(runs: Int, _ body: () throws -> Void) rethrows -> (median: Double, best: Double) {
        var times: [Double] = []
        for _ in 0..<runs {
            let start = DispatchTime.now().uptimeNanoseconds
            try body()
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        }
        times.sort()
        return (times[times.count / 2], times[0])
    }
}
