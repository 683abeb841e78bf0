import Foundation

/// Times an operation the way the reference measurements do: calibrate a loop to about
/// `targetSeconds`, run it `repeats` times, report the median rate.
struct BenchmarkRunner {
    var targetSeconds: Double = 0.3
    var repeats = 5

    /// Median operations per second of `body`.
    func opsPerSecond(_ body: () -> Void) -> Double {
        var n = 1
        var elapsed = 0.0
        while true {
            elapsed = time(n, body)
            if elapsed >= targetSeconds / 4 { break }
            n *= 2
        }
        n = max(1, Int(Double(n) * targetSeconds / elapsed))
        var rates: [Double] = []
        for _ in 0..<repeats { rates.append(Double(n) / time(n, body)) }
        rates.sort()
        return rates[rates.count / 2]
    }

    private func time(_ n: Int, _ body: () -> Void) -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        for _ in 0..<n { body() }
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }
}

/// Keeps results observable so the optimiser cannot drop the measured work.
final class Sink: @unchecked Sendable {
    static let shared = Sink()
    var value: UInt64 = 0
    @inline(never) func consume(_ bytes: [UInt8]) { value &+= UInt64(bytes.first ?? 0) }
    @inline(never) func consume(_ flag: Bool) { value &+= flag ? 1 : 0 }
}
