import Foundation
import Hashing
import Keys

/// The foundation benchmark: signatures and small-input hashes in Swift, beside the Python
/// reference libraries measured in the same run, as ratios against the issue's targets.
struct FoundationBenchmark {
    struct Row {
        let name: String
        let key: String
        let swift: Double
        let target: Double?
    }

    static func main() throws {
        let arguments = CommandLine.arguments
        var python: String? = nil
        if let i = arguments.firstIndex(of: "--python"), i + 1 < arguments.count { python = arguments[i + 1] }
        if arguments.contains("--help") {
            print("usage: bench [--python PATH_TO_VENV_PYTHON]   (run pinned: taskset -c 1 bench …)")
            return
        }
        if let i = arguments.firstIndex(of: "--profile-verify"), i + 1 < arguments.count, let n = Int(arguments[i + 1]) {
            // A plain loop for profilers (perf record -- bench --profile-verify 20000).
            let pair = try Keypair(seed: Array(0..<32), scheme: .sr25519)
            let message = [UInt8](repeating: 0, count: 32)
            let signature = pair.sign(message)
            for _ in 0..<n { Sink.shared.consume(Keypair.verify(signature, message: message, publicKey: pair.publicKey, scheme: .sr25519)) }
            return
        }
        let runner = BenchmarkRunner()
        var rows: [Row] = []

        let message = [UInt8](repeating: 0, count: 32)
        let sr = try Keypair(seed: Array(0..<32), scheme: .sr25519)
        let srSignature = sr.sign(message)
        rows.append(Row(name: "sr25519 sign (32 B)", key: "sr25519_sign",
                        swift: runner.opsPerSecond { Sink.shared.consume(sr.sign(message)) }, target: 1.0))
        rows.append(Row(name: "sr25519 verify (32 B)", key: "sr25519_verify",
                        swift: runner.opsPerSecond {
                            Sink.shared.consume(Keypair.verify(srSignature, message: message, publicKey: sr.publicKey, scheme: .sr25519))
                        }, target: 1.0))
        let ed = try Keypair(seed: Array(0..<32), scheme: .ed25519)
        let edSignature = ed.sign(message)
        rows.append(Row(name: "ed25519 sign (32 B)", key: "ed25519_sign",
                        swift: runner.opsPerSecond { Sink.shared.consume(ed.sign(message)) }, target: nil))
        rows.append(Row(name: "ed25519 verify (32 B)", key: "ed25519_verify",
                        swift: runner.opsPerSecond {
                            Sink.shared.consume(Keypair.verify(edSignature, message: message, publicKey: ed.publicKey, scheme: .ed25519))
                        }, target: nil))
        for size in [32, 64, 128] {
            let data = (0..<size).map { UInt8($0) }
            rows.append(Row(name: "BLAKE2b-256 (\(size) B)", key: "blake2b256_\(size)",
                            swift: runner.opsPerSecond { Sink.shared.consume(Blake2b.hash256(data)) }, target: nil))
            // Into a reused buffer, as storage-key builders use it (no allocation per hash).
            var digest: [UInt8] = []
            digest.reserveCapacity(16)
            rows.append(Row(name: "twox128 (\(size) B)", key: "twox128_\(size)",
                            swift: runner.opsPerSecond {
                                digest.removeAll(keepingCapacity: true)
                                Twox.hash128(data, into: &digest)
                                Sink.shared.consume(digest)
                            }, target: 20))
            rows.append(Row(name: "Keccak-256 (\(size) B)", key: "keccak256_\(size)",
                            swift: runner.opsPerSecond { Sink.shared.consume(Keccak256.hash(data)) }, target: 5))
        }

        let reference = python.flatMap { runPythonReference(python: $0) } ?? [:]
        if python == nil { print("(no --python given: Python reference columns are empty)") }
        print("")
        print(pad("operation", 24) + pad("swift ops/s", 14) + pad("ns/op", 10) + pad("python ops/s", 14) + pad("ratio", 9) + "target")
        var missed = 0
        for row in rows {
            let ref = reference[row.key]
            let ratio = ref.map { row.swift / $0 }
            let targetText: String
            if let target = row.target, let ratio {
                let met = ratio >= target
                if !met { missed += 1 }
                targetText = String(format: "≥ %.1f× %@", target, met ? "met" : "MISSED")
            } else {
                targetText = row.target.map { String(format: "≥ %.1f×", $0) } ?? "-"
            }
            print(pad(row.name, 24) + pad(format(row.swift), 14) + pad(String(format: "%.0f", 1e9 / row.swift), 10)
                  + pad(ref.map(format) ?? "-", 14) + pad(ratio.map { String(format: "%.2f×", $0) } ?? "-", 9) + targetText)
        }
        print("")
        print("Swift median of 5 runs of ~0.3 s each; Python: py-sr25519-bindings, py-ed25519-zebra-bindings,")
        print("hashlib blake2b, substrate-interface xxh128, pycryptodome keccak; same machine, same run.")
        if !reference.isEmpty { print(missed == 0 ? "All targets met." : "\(missed) target(s) missed.") }
        _ = Sink.shared.value
    }

    static func runPythonReference(python: String) -> [String: Double]? {
        PythonReference.rates(script: "foundation_reference.py", python: python)
    }

    static func format(_ rate: Double) -> String {
        if rate >= 1e6 { return String(format: "%.2f M", rate / 1e6) }
        if rate >= 1e3 { return String(format: "%.1f k", rate / 1e3) }
        return String(format: "%.0f", rate)
    }

    static func pad(_ s: String, _ width: Int) -> String {
        s.count >= width ? s + " " : s + String(repeating: " ", count: width - s.count)
    }
}
