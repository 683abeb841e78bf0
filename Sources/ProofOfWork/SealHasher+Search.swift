extension SealHasher {
    /// Scans `count` nonces from `start` (wrapping at 2⁶⁴) for the first whose seal meets
    /// `target`, keeping the lowest seal seen in `best`.
    ///
    /// Eight nonces go through the vector kernel at a time and are judged on their top word;
    /// only candidates (top word at most the target's, or at most the best's) are recomputed one
    /// by one, so the verdict is exact and the first hit in nonce order wins.
    /// - Returns: the hit and how many nonces were tried up to and including it, or `nil`.
    /// - Complexity: O(`count`) seals; no allocation.
    func search(
        from start: UInt64, count: UInt64, target: SealTarget, best: inout SealCandidate?, blockNumber: UInt64
    ) -> (candidate: SealCandidate, tried: UInt64)? {
        let bigEndian = target.rule.isBigEndian
        var bestNumber = best.map { $0.seal.number(target.rule) }
        var limit = Swift.max(target.threshold.high, bestNumber?.high ?? .max)

        // One nonce in full: update the best, report a hit.
        func examine(_ nonce: UInt64) -> SealCandidate? {
            let seal = Seal(lanes: lanes(nonce: nonce))
            let number = seal.number(target.rule)
            if bestNumber.map({ number < $0 }) ?? true {
                bestNumber = number
                best = SealCandidate(nonce: nonce, seal: seal, blockNumber: blockNumber)
                limit = Swift.max(target.threshold.high, number.high)
            }
            return number <= target.threshold ? SealCandidate(nonce: nonce, seal: seal, blockNumber: blockNumber) : nil
        }

        var offset: UInt64 = 0
        while count - offset >= 8 {
            let first = start &+ offset
            let tops = topWords8(from: first, bigEndian: bigEndian)
            if any(tops .<= SIMD8(repeating: limit)) {
                for lane in 0..<8 where tops[lane] <= limit {
                    if let hit = examine(first &+ UInt64(lane)) { return (hit, offset + UInt64(lane) + 1) }
                }
            }
            offset += 8
        }
        while offset < count {
            if let hit = examine(start &+ offset) { return (hit, offset + 1) }
            offset += 1
        }
        return nil
    }
}
