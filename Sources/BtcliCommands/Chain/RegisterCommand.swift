import ArgumentParser
import ChainClient
import Foundation
import JSONRPC
import Primitives
import ProofOfWork
import Runtime

/// `btcli register` / `btcli subnets pow_register`: registers the wallet's hotkey on a subnet by
/// solving the chain's proof of work on every core, then submitting the seal signed by the hotkey.
struct RegisterCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pow_register", abstract: "Register a wallet to a network (proof of work).")

    @OptionGroup var common: CommonOptions
    @OptionGroup var subnet: NetuidOption
    @OptionGroup var pow: PowOptions
    @OptionGroup var output: JSONOutputOption

    func run() async throws {
        try await Output.reportingErrors {
            if pow.cuda {
                throw BtcliError("--cuda: no GPU solver is available yet in swift-bittensor; run without --cuda to solve on the CPU (\(SealSolver.availableProcessors) threads here)")
            }
            guard pow.numProcesses.map({ $0 >= 1 }) ?? true else { throw BtcliError("--num_processes must be at least 1") }
            guard pow.updateInterval >= 1 else { throw BtcliError("--update_interval must be at least 1") }
            try await ChainSession.with(common) { session in
                guard let target = try await Registration.target(subnet.netuid, session: session, json: output.json) else { return }
                let (netuid, wallet, hotkey, coldkey) = (target.netuid, target.wallet, target.hotkey, target.coldkey)
                let signer = try session.hotkey(wallet)
                try session.confirm("Continue Registration?\n  hotkey:     \(hotkey)\n  coldkey:    \(coldkey)\n  network:    \(session.networkName)")
                let solver = SealSolver(threads: pow.numProcesses ?? SealSolver.availableProcessors, updateInterval: pow.updateInterval,
                                        startNonce: UInt64.random(in: 0...UInt64.max))
                for attempt in 1...max(1, pow.maxAttempts) {
                    if !output.json { Output.note("📡 Registering...(\(attempt)/\(pow.maxAttempts))") }
                    guard let solution = try await solve(solver, netuid: netuid, hotkey: hotkey, session: session) else {
                        throw BtcliError("the solver stopped without a solution")
                    }
                    let best = try await session.client.bestBlock().number
                    if solution.blockNumber + 3 < best {
                        if !output.json { Output.note("POW is stale.") }
                        continue
                    }
                    let call = RuntimeCall.subtensor(.register(netuid: netuid, blockNumber: solution.blockNumber, nonce: solution.nonce,
                                                               work: solution.seal.bytes, hotkey: hotkey, coldkey: coldkey))
                    if !output.json { Output.note("📡 Submitting POW...") }
                    do {
                        let receipt = try await session.submit(call, signer: signer, quiet: output.json)
                        try await Registration.report(receipt, netuid: netuid, hotkey: hotkey, session: session, json: output.json,
                                                      extra: [("nonce", .string(String(solution.nonce))), ("seal", .string(solution.seal.description))])
                        return
                    } catch ChainClientError.dispatchFailed(let reason) where reason.contains("InvalidWorkBlock") || reason.contains("InvalidDifficulty") || reason.contains("InvalidSeal") {
                        if !output.json { Output.note("❌ Failed: \(reason); solving again") }
                    }
                }
                throw BtcliError("No more attempts: registration failed \(pow.maxAttempts) times.")
            }
        }
    }

    /// Solves for the current block, switching to each new block as it arrives, with a progress line.
    func solve(_ solver: SealSolver, netuid: UInt16, hotkey: AccountID, session: ChainSession) async throws -> SealSolution? {
        func currentWork() async throws -> SealWork {
            let best = try await session.client.bestBlock()
            let difficulty = try await session.client.read(SubtensorStorage.difficulty, netuid, at: best.hash)
            return SealWork(blockNumber: best.number, blockHash: best.hash.bytes, hotkey: hotkey.bytes, difficulty: difficulty)
        }
        var work = try await currentWork()
        let search = solver.start(work)
        let progress = ProgressLine(enabled: !output.json, inPlace: !pow.noOutputInPlace)
        let started = ContinuousClock.now
        defer { search.cancel() }
        while search.solution == nil, !search.isFinished {
            try await Task.sleep(for: .milliseconds(500))
            if let next = try? await currentWork(), next.blockNumber != work.blockNumber {
                work = next
                search.update(next)
            }
            let elapsed = ContinuousClock.now - started
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            let rate = seconds > 0 ? Double(search.noncesTried) / seconds : 0
            progress.show("Solving  difficulty \(Registration.millify(work.difficulty))  \(Registration.rate(rate))  block \(work.blockNumber)  \(solver.threads) threads  elapsed \(Int(seconds))s")
        }
        progress.finish()
        return await search.result()
    }
}
