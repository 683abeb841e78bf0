import Axon
import Dendrite
import Foundation
import Keys
import Synapse

/// `bench axon`: the axon's server CPU time per request and requests/s with signing and
/// verification on, beside FastAPI/uvicorn and aiohttp (perf-anchors §5) measured in the same
/// run by Scripts/bench/axon_reference.py; then one dendrite round to 1,024 axons.
///
/// The server under test runs in its own process pinned to CPU 0 (`axon-probe serve`, found next
/// to this binary); the client runs here. Run it as
/// `swift build -c release --product bench --product axon-probe && taskset -c 1 .build/release/bench axon`.
enum AxonBenchmark {
    struct Options: Sendable {
        var python = ".venv/bittensor/bin/python"
        var concurrency = 256
        var seconds = 3.0
        var axons = 1024
    }

    struct Throughput {
        let requests: Int
        let perSecond: Double
        let serverMicroseconds: Double
    }

    static func main(_ arguments: [String]) throws {
        var options = Options()
        var rest = arguments[...]
        while let flag = rest.popFirst() {
            guard let value = rest.popFirst() else { throw AxonBenchmarkError("\(flag) needs a value") }
            switch flag {
            case "--python": options.python = value
            case "--concurrency": options.concurrency = Int(value) ?? options.concurrency
            case "--seconds": options.seconds = Double(value) ?? options.seconds
            case "--axons": options.axons = Int(value) ?? options.axons
            default: throw AxonBenchmarkError("unknown option \(flag)")
            }
        }
        let done = DispatchSemaphore(value: 0)
        let outcome = AxonBenchmarkOutcome()
        let chosen = options
        Task {
            do { try await run(chosen) } catch { outcome.failure = error }
            done.signal()
        }
        done.wait()
        if let failure = outcome.failure { throw failure }
    }

    static func run(_ options: Options) async throws {
        try await pipelineCost()
        print("axon benchmark: \(options.concurrency) concurrent signed requests per round, \(options.seconds) s, server on CPU 0")
        let swift = try await swiftThroughput(options)
        print(String(format: "  swift axon (Hummingbird)  %8.0f req/s   server %6.1f µs/req  (%d requests)",
                     swift.perSecond, swift.serverMicroseconds, swift.requests))
        let python = pythonBaselines(options)
        for (name, result) in python.sorted(by: { $0.key < $1.key }) {
            print(String(format: "  %-25@ %8.0f req/s   server %6.1f µs/req  → swift is %.1f× per core, %.1f× req/s",
                         name as NSString, result.perSecond, result.serverMicroseconds,
                         result.serverMicroseconds / swift.serverMicroseconds, swift.perSecond / result.perSecond))
        }
        if let fastapi = python["fastapi/uvicorn"] {
            let ratio = fastapi.serverMicroseconds / swift.serverMicroseconds
            print(String(format: "  target ≥ 5× FastAPI per core: %.1f× %@", ratio, ratio >= 5 ? "met" : "NOT met"))
        }
        let (cold, warm) = try await dendriteRound(axons: options.axons)
        print(String(format: "dendrite round to %d axons: first %.0f ms (new connections), then %.0f ms; target < 1000 ms: %@",
                     options.axons, cold * 1000, warm * 1000, max(cold, warm) < 1 ? "met" : "NOT met"))
    }

    /// The axon pipeline in memory (no socket): µs per request, and its parts.
    static func pipelineCost() async throws {
        let alice = try Keypair(uri: "//Alice", scheme: .sr25519)
        let bob = try Keypair(uri: "//Bob", scheme: .sr25519)
        let key = RequestSignature.publicKey(ss58: try bob.ss58Address())!
        let message = "1700000000000000000.\(try bob.ss58Address()).\(try alice.ss58Address()).uuid.\(BodyHash.empty)"
        let signature = RequestSignature.sign(message, with: bob)
        let n = 2000
        var start = ContinuousClock.now
        for _ in 0..<n { _ = RequestSignature.sign(message, with: bob) }
        let sign = seconds(ContinuousClock.now - start) / Double(n) * 1e6
        start = ContinuousClock.now
        for _ in 0..<n { _ = RequestSignature.verify(signature, message: message, publicKey: key) }
        let verify = seconds(ContinuousClock.now - start) / Double(n) * 1e6
        var configuration = AxonConfiguration()
        configuration.priorityMaxWorkers = 64
        let core = AxonCore(keypair: alice, configuration: configuration)
        let dendrite = Dendrite(keypair: bob)
        let target = AxonEndpoint(ip: "127.0.0.1", port: 1, hotkey: try alice.ss58Address())
        var requests: [AxonRequest] = []
        for _ in 0..<n {
            let m = dendrite.prepareForBenchmark(target, BaseSynapse())
            let body = try JSONEncoder().encode(m)
            requests.append(AxonRequest(path: "/Synapse", headers: m.headers(totalSize: body.count).map { (name: $0.0, value: $0.1) }, body: body))
        }
        start = ContinuousClock.now
        for request in requests {
            let answer = await core.handle(request)
            if answer.status != 200 { throw AxonBenchmarkError("pipeline answered \(answer.status)") }
        }
        let pipeline = seconds(ContinuousClock.now - start) / Double(n) * 1e6
        try await dendrite.shutdown()
        print(String(format: "  in memory: pipeline %.1f µs/request (sr25519 sign %.1f µs, verify %.1f µs)", pipeline, sign, verify))
    }

    /// Our axon in `axon-probe serve` on CPU 0, pinged by our dendrite from this process.
    static func swiftThroughput(_ options: Options) async throws -> Throughput {
        let folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        let portFile = FileManager.default.temporaryDirectory.appendingPathComponent("axon-bench-\(getpid()).port")
        try? FileManager.default.removeItem(at: portFile)
        let server = Process()
        server.executableURL = URL(fileURLWithPath: "/usr/bin/taskset")
        server.arguments = [
            "-c", "0", folder.appendingPathComponent("axon-probe").path, "serve", "--hotkey-uri", "//Alice",
            "--axon.ip", "127.0.0.1", "--axon.port", "0", "--port-file", portFile.path, "--duration", "300",
            "--axon.priority.max_workers", "1024", "--axon.priority.maxsize", "8192",
        ]
        server.standardOutput = FileHandle.nullDevice
        try server.run()
        defer { server.terminate() }
        var port = 0
        for _ in 0..<300 where port == 0 {
            try await Task.sleep(for: .milliseconds(50))
            port = Int((try? String(contentsOf: portFile, encoding: .utf8)) ?? "") ?? 0
        }
        guard port > 0 else { throw AxonBenchmarkError("axon-probe did not start") }
        var configuration = DendriteConfiguration()
        configuration.connectionsPerAxon = 100  // aiohttp's default connector limit, as the SDK uses
        let dendrite = Dendrite(keypair: try Keypair(uri: "//Bob", scheme: .sr25519), configuration: configuration)
        let alice = try Keypair(uri: "//Alice", scheme: .sr25519).ss58Address()
        let targets = Array(repeating: AxonEndpoint(ip: "127.0.0.1", port: port, hotkey: alice), count: options.concurrency)
        func round() async throws {
            let answers = await dendrite.forward(targets, BaseSynapse(), timeout: 30)
            if let bad = answers.first(where: { $0.dendrite.statusCode != 200 }) {
                throw AxonBenchmarkError("axon answered \(bad.dendrite.statusCode ?? 0): \(bad.dendrite.statusMessage ?? "")")
            }
        }
        try await round()  // warm-up: connections and caches
        let cpu0 = cpuSeconds(pid: server.processIdentifier)
        let start = ContinuousClock.now
        var requests = 0
        while (ContinuousClock.now - start) < .seconds(options.seconds) {
            try await round()
            requests += options.concurrency
        }
        let wall = seconds(ContinuousClock.now - start)
        let cpu = cpuSeconds(pid: server.processIdentifier) - cpu0
        try await dendrite.shutdown()
        return Throughput(requests: requests, perSecond: Double(requests) / wall, serverMicroseconds: cpu / Double(requests) * 1e6)
    }

    /// FastAPI/uvicorn and aiohttp, from Scripts/bench/axon_reference.py.
    static func pythonBaselines(_ options: Options) -> [String: Throughput] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: options.python)
        process.arguments = [
            "Scripts/bench/axon_reference.py", "--concurrency", String(options.concurrency), "--seconds", String(options.seconds),
        ]
        let pipe = Pipe()
        process.standardOutput = pipe
        do { try process.run() } catch {
            print("  (Python baselines skipped: cannot run \(options.python); `make venv-bt` installs it)")
            return [:]
        }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: [String: Double]] else {
            print("  (Python baselines failed)")
            return [:]
        }
        var results: [String: Throughput] = [:]
        for (key, name) in [("fastapi", "fastapi/uvicorn"), ("aiohttp", "aiohttp.web")] {
            guard let row = object[key] else { continue }
            results[name] = Throughput(
                requests: Int(row["requests"] ?? 0), perSecond: row["req_per_s"] ?? 0, serverMicroseconds: row["server_us_per_req"] ?? 0)
        }
        return results
    }

    /// One dendrite sends a signed ping to `axons` axons (in this process, on loopback) at once.
    static func dendriteRound(axons count: Int) async throws -> (cold: Double, warm: Double) {
        var configuration = AxonConfiguration()
        configuration.ip = "127.0.0.1"
        configuration.port = 0
        configuration.priorityMaxWorkers = 64
        configuration.priorityMaxSize = 4 * count
        let core = AxonCore(keypair: try Keypair(uri: "//Alice", scheme: .sr25519), configuration: configuration)
        var running: [RunningAxon] = []
        for _ in 0..<count { running.append(try await Axon(core: core).start()) }
        let targets = running.map { AxonEndpoint(ip: "127.0.0.1", port: $0.port, hotkey: core.hotkey) }
        let dendrite = Dendrite(keypair: try Keypair(uri: "//Bob", scheme: .sr25519))
        var times: [Double] = []
        for _ in 0..<3 {
            let start = ContinuousClock.now
            let answers = await dendrite.forward(targets, BaseSynapse(), timeout: 10)
            times.append(seconds(ContinuousClock.now - start))
            let served = answers.filter { $0.dendrite.statusCode == 200 }.count
            if served != count { throw AxonBenchmarkError("only \(served) of \(count) axons answered 200") }
        }
        try await dendrite.shutdown()
        for axon in running { await axon.stop() }
        return (times[0], times[1...].min() ?? times[0])
    }

    static func cpuSeconds(pid: Int32) -> Double {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = text.lastIndex(of: ")")
        else { return 0 }
        let fields = text[text.index(after: close)...].split(separator: " ")
        guard fields.count > 12, let user = Double(fields[11]), let system = Double(fields[12]) else { return 0 }
        return (user + system) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}

/// Carries an error out of the benchmark's task (written once, read after the semaphore).
final class AxonBenchmarkOutcome: @unchecked Sendable {
    var failure: (any Error)?
}

struct AxonBenchmarkError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
