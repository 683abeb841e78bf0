import Primitives
import Yuma

/// Seeded random subnets for property tests: every run checks the same inputs.
struct RandomSubnet {
    private var generator: SplitMix64

    init(seed: UInt64) { generator = SplitMix64(seed: seed) }

    mutating func next() -> UInt64 { generator.next() }
    mutating func below(_ bound: Int) -> Int { generator.below(bound) }
    mutating func chance(_ percent: Int) -> Bool { below(100) < percent }

    /// A storage snapshot with idle and inactive uids, self and outdated weights, zero weights,
    /// stake ties, permit churn and extreme hyperparameters. Rows have no duplicate uids (where
    /// the dense and sparse epochs legitimately differ).
    mutating func input(n: Int) -> EpochInput {
        let block = UInt64(10_000 + below(10_000))
        let tieStake = UInt64(below(1_000_000_000)) + 1
        let stake: [UInt64] = (0..<n).map { _ in
            switch below(6) {
            case 0: return 0
            case 1: return tieStake
            case 2: return next() % 21_000_000_000_000_000
            default: return next() % 1_000_000_000_000
            }
        }
        func row(density: Int, upscale: Bool) -> [UIDValue] {
            var entries = (0..<n).filter { _ in chance(density) }.map {
                UIDValue(uid: UInt16($0), value: chance(5) ? 0 : UInt16(truncatingIfNeeded: next()))
            }
            entries.shuffle(using: &self)
            guard upscale else { return entries }
            let stored = YumaMath.vecU16MaxUpscaleToU16(entries.map(\.value))
            return zip(entries, stored).map { UIDValue(uid: $0.uid, value: $1) }
        }
        let weights = (0..<n).map { _ in chance(60) ? row(density: below(100), upscale: true) : [] }
        let bonds = (0..<n).map { _ in chance(50) ? row(density: below(100), upscale: false) : [] }
        let cutoff = UInt16(below(3) == 0 ? 0 : 100 + below(5000))
        let hyperparameters = EpochHyperparameters(
            kappa: [0, 16384, 32767, 45000, 65535, UInt16(truncatingIfNeeded: next())][below(6)],
            rho: 10,
            bondsMovingAverage: [0, 500_000, 900_000, 999_999, 1_000_000, next() % 1_000_001][below(6)],
            activityCutoff: cutoff,
            maxAllowedValidators: UInt16(below(n + 3)))
        return EpochInput(
            n: UInt16(n), currentBlock: block, stake: stake, weights: weights, bonds: bonds,
            lastUpdate: (0..<n).map { _ in block - UInt64(below(8000)) },
            blockAtRegistration: (0..<n).map { _ in chance(20) ? block - UInt64(below(3)) : UInt64(below(9000)) },
            validatorPermit: (0..<n).map { _ in chance(60) },
            hyperparameters: hyperparameters,
            raoEmission: [0, 1, 1_000_000_000, next() >> 1, UInt64(1) << 63][below(5)])
    }
}

extension RandomSubnet: RandomNumberGenerator {}
