import ChainTypes
import Foundation
import JSONRPC
import Keys
import Primitives
import Runtime
import SCALECodec

/// `bench node`: a `subtensor --dev` process measured from outside, over its WebSocket RPC:
/// the time from process start to the first block, `state_getStorage` requests per second over
/// one WebSocket, and signed transfers per second from submission to inclusion.
/// Targets from the issue: first block < 1 s, ≥ 1000 transfers/s.
enum NodeBenchmark {
    static func main(_ arguments: [String]) async throws {
        func option(_ name: String, _ fallback: Int) -> Int {
            guard let i = arguments.firstIndex(of: name), i + 1 < arguments.count, let value = Int(arguments[i + 1]) else { return fallback }
            return value
        }
        if arguments.contains("--help") {
            print("usage: bench node [--subtensor PATH] [--transfers N] [--reads N] [--block-time MS]")
            return
        }
        let binary = arguments.firstIndex(of: "--subtensor").map { arguments[$0 + 1] }
            ?? URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("subtensor").path
        let transfers = option("--transfers", 6000)
        let reads = option("--reads", 20_000)
        let blockTime = option("--block-time", 500)
        let port = 20_000 + Int.random(in: 0..<20_000)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["--dev", "--tmp", "--rpc-port", String(port), "--block-time", String(blockTime), "--log", "info"]
        let pipe = Pipe()
        process.standardError = pipe
        let firstBlock = FirstBlockWatch()
        let started = DispatchTime.now().uptimeNanoseconds
        pipe.fileHandleForReading.readabilityHandler = { handle in
            let text = String(decoding: handle.availableData, as: UTF8.self)
            if text.contains("Imported #1 ") { firstBlock.mark() }
        }
        try process.run()
        defer { process.terminate() }
        let firstBlockMs = try await firstBlock.wait(since: started)
        print(String(format: "subtensor --dev: first block %.0f ms after process start   target < 1000 ms: %@", firstBlockMs, firstBlockMs < 1000 ? "met" : "MISSED"))

        var client: RPCClient?
        for _ in 0..<100 where client == nil {
            client = try? await RPCClient(url: "ws://127.0.0.1:\(port)")
            if client == nil { try await Task.sleep(nanoseconds: 50_000_000) }
        }
        guard let client else { print("cannot connect to the node"); return }

        // Reads: state_getStorage of Alice's account, up to 256 requests in flight.
        let alice = try Keypair(uri: "//Alice", scheme: .sr25519)
        let key = Hex.encode(System.account.storageKey(alice.accountID), prefixed: true)
        let readStart = DispatchTime.now().uptimeNanoseconds
        try await inFlight(count: reads, width: 256) { _ in _ = try await client.request("state_getStorage", [.string(key)]) }
        let readSeconds = Double(DispatchTime.now().uptimeNanoseconds - readStart) / 1e9
        print(String(format: "state_getStorage over one WebSocket: %.0f requests/s (%d requests)", Double(reads) / readSeconds, reads))

        // Transfers: the six dev accounts each send a chain of nonces, pre-signed.
        guard case .string(let genesisHex) = try await client.request("chain_getBlockHash", [.integer(0)]),
              let genesis = H256(bytes: try Hex.decode(genesisHex)) else { print("no genesis hash"); return }
        let signers = try ["Alice", "Bob", "Charlie", "Dave", "Eve", "Ferdie"].map { try Keypair(uri: "//\($0)", scheme: .sr25519) }
        let additional = AdditionalSigned(specVersion: Runtime.specVersion, transactionVersion: Runtime.transactionVersion, genesisHash: genesis, birthHash: genesis)
        var extrinsics: [String] = []
        for index in 0..<transfers {
            let signer = signers[index % signers.count]
            let dest = signers[(index + 1) % signers.count].accountID
            let call = RuntimeCall.balances(.transferKeepAlive(dest: .id(dest), value: 1_000_000)).scaleEncoded()
            let extra = SignedExtra(era: .immortal, nonce: UInt32(index / signers.count))
            extrinsics.append(Hex.encode(UncheckedExtrinsic.signed(call, by: signer, extra: extra, additional: additional).scaleEncoded(), prefixed: true))
        }
        guard case .string(let startHashText) = try await client.request("chain_getBlockHash", []),
              let header = try await client.request("chain_getHeader", [.string(startHashText)])["number"]?.stringValue,
              let startNumber = Int(header.dropFirst(2), radix: 16) else { print("no best block"); return }
        let submitStart = DispatchTime.now().uptimeNanoseconds
        let signed = extrinsics
        try await inFlight(count: transfers, width: 256) { i in _ = try await client.request("author_submitExtrinsic", [.string(signed[i])]) }
        let submitted = Double(DispatchTime.now().uptimeNanoseconds - submitStart) / 1e9
        // Wait until every transfer is in a block.
        var included = 0
        var number = startNumber + 1
        var lastBlockTime = submitStart
        while included < transfers {
            guard case .string(let hash) = try await client.request("chain_getBlockHash", [.integer(Int64(number))]) else {
                try await Task.sleep(nanoseconds: 20_000_000)
                if Double(DispatchTime.now().uptimeNanoseconds - submitStart) / 1e9 > 120 { break }
                continue
            }
            let block = try await client.request("chain_getBlock", [.string(hash)])
            included += max(0, (block["block"]?["extrinsics"]?.arrayValue?.count ?? 1) - 1)
            lastBlockTime = DispatchTime.now().uptimeNanoseconds
            number += 1
        }
        let seconds = Double(lastBlockTime - submitStart) / 1e9
        let rate = Double(included) / seconds
        print(String(format: "signed transfers: %d submitted in %.2f s, %d included in %.2f s = %.0f transfers/s   target >= 1000: %@",
                     transfers, submitted, included, seconds, rate, rate >= 1000 ? "met" : "MISSED"))
        await client.close()
    }

    /// Runs `body(0..<count)` with at most `width` calls in flight.
    static func inFlight(count: Int, width: Int, _ body: @escaping @Sendable (Int) async throws -> Void) async throws {
        try await withThrowingTaskGroup(of: Void.self) { group in
            var next = 0
            while next < min(width, count) {
                let i = next
                group.addTask { try await body(i) }
                next += 1
            }
            while try await group.next() != nil {
                if next < count {
                    let i = next
                    group.addTask { try await body(i) }
                    next += 1
                }
            }
        }
    }
}

/// Notes when the node logs its first imported block.
final class FirstBlockWatch: @unchecked Sendable {
    private let lock = NSLock()
    private var at: UInt64?

    func mark() {
        lock.withLock { if at == nil { at = DispatchTime.now().uptimeNanoseconds } }
    }

    func wait(since start: UInt64) async throws -> Double {
        for _ in 0..<600 {
            if let value = lock.withLock({ at }) { return Double(value - start) / 1e6 }
            try await Task.sleep(nanoseconds: 5_000_000)
        }
        return .infinity
    }
}
