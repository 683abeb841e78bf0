extension SealSearch {
    /// One worker thread: batch after batch until a solution, cancellation or another thread's
    /// solution. Takes the lock twice per batch and allocates nothing while hashing.
    func run(thread: Int) {
        let rule = solver.rule
        var (generation, work) = state.withLock { ($0.generation, $0.work) }
        var hasher = SealHasher(work.blockAndHotkeyHash)
        var target = SealTarget(difficulty: work.difficulty, rule: rule)
        var best: SealCandidate?
        var round: UInt64 = 0
        while true {
            let next = state.withLock { state -> (Int, SealWork)? in
                state.solution != nil || state.cancelled ? nil : (state.generation, state.work)
            }
            guard let next else { break }
            if next.0 != generation {
                (generation, work) = next
                hasher = SealHasher(work.blockAndHotkeyHash)
                target = SealTarget(difficulty: work.difficulty, rule: rule)
                best = nil
            }
            let batch = solver.batch(thread: thread, round: round)
            round += 1
            let found = hasher.search(
                from: batch.first, count: batch.count, target: target, best: &best, blockNumber: work.blockNumber)
            let report = state.withLock { state in
                state.noncesTried &+= found?.tried ?? batch.count
                if generation == state.generation, let mine = best,
                   state.best.map({ mine.seal.number(rule) < $0.seal.number(rule) }) ?? true {
                    state.best = mine
                }
                if let found, state.solution == nil {
                    state.solution = SealSolution(nonce: found.candidate.nonce, seal: found.candidate.seal, work: work)
                }
                return SolverProgress(
                    noncesTried: state.noncesTried, elapsed: started.duration(to: .now), work: state.work,
                    best: state.best, batch: batch)
            }
            progressHandler?(report)
            progressContinuation.yield(report)
            if found != nil { break }
        }
        let last = state.withLock { state in
            state.running -= 1
            return state.running == 0
        }
        if last { progressContinuation.finish() }
    }
}
