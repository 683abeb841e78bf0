import Foundation

/// bittensor's rule for a new keyfile password: `password_strength.PasswordPolicy.from_names(
/// strength=0.20, entropybits=10, length=6)` (bittensor v5–v7 `validate_password`).
///
/// The strength is `(1 − weakness) × f(entropy)`, where entropy = length × log2(distinct
/// characters), `f` maps 30 bits to 0.333 and grows towards 1, and weakness is the share of the
/// password made of repeated patterns (`abcabc`, `aaaa`) and runs of the alphabet, the keyboard,
/// the top-row symbols or the digits (`abcd`, `qwer`, `1234`, and reversed). Lengths count
/// Unicode code points, as Python does.
public struct PasswordPolicy: Sendable {
    /// Minimum length in characters.
    public var minimumLength = 6
    /// Minimum entropy bits.
    public var minimumEntropyBits = 10.0
    /// Minimum strength in 0…1.
    public var minimumStrength = 0.20

    /// bittensor's policy.
    public static let bittensor = PasswordPolicy()

    /// The message bittensor prints for a password that fails the policy.
    public static let weakMessage =
        "Password not strong enough. Try increasing the length of the password or the password complexity."

    /// `true` when `password` satisfies the policy.
    public func accepts(_ password: String) -> Bool {
        let chars = Array(password.unicodeScalars)
        guard !chars.isEmpty, chars.count >= minimumLength else { return false }
        let bits = Self.entropyBits(chars)
        guard bits >= minimumEntropyBits else { return false }
        return (1 - Self.weaknessFactor(chars)) * Self.strength(entropyBits: bits) >= minimumStrength
    }

    /// length × log2(number of distinct characters).
    static func entropyBits(_ chars: [Unicode.Scalar]) -> Double {
        let distinct = Set(chars).count
        guard distinct > 1 else { return 0 }
        return Double(chars.count) * log2(Double(distinct))
    }

    /// password_strength's `strength(weak_bits=30)`.
    static func strength(entropyBits bits: Double, weakBits: Double = 30) -> Double {
        let weakMax = 0.333333333
        if bits <= weakBits { return weakMax * bits / weakBits }
        let hardBits = weakBits * 3, hardValue = 0.950
        let k = -log2((1 - hardValue) / (1 - weakMax)) / hardBits
        return 1 - (1 - weakMax) * pow(2, -k * (bits - weakBits))
    }

    /// min(1, (repeated-pattern length + sequence length) / length).
    static func weaknessFactor(_ chars: [Unicode.Scalar]) -> Double {
        min(1, Double(repeatedPatternsLength(chars) + sequencesLength(chars)) / Double(chars.count))
    }

    /// The total length of the matches of `((.+?)\2+)` (case-insensitive, left to right,
    /// non-overlapping), as Python's `re.findall` finds them.
    static func repeatedPatternsLength(_ chars: [Unicode.Scalar]) -> Int {
        let folded = chars.map { String($0).lowercased() }
        var total = 0, i = 0
        while i < folded.count {
            var matched = 0
            var unit = 1
            while i + 2 * unit <= folded.count {
                var reps = 0
                while i + (reps + 2) * unit <= folded.count,
                      folded[(i + (reps + 1) * unit)..<(i + (reps + 2) * unit)].elementsEqual(folded[i..<(i + unit)]) {
                    reps += 1
                }
                if reps > 0 {
                    matched = unit * (reps + 1)
                    break
                }
                unit += 1
            }
            if matched > 0 {
                total += matched
                i += matched
            } else {
                i += 1
            }
        }
        return total
    }

    /// The characters password_strength searches for runs in, forwards then reversed.
    static let sequences: [Unicode.Scalar] = {
        let forward = Array("abcdefghijklmnopqrstuvwxyzqwertyuiopasdfghjklzxcvbnm~!@#$%^&*()_+-=01234567890".unicodeScalars)
        return forward + forward.reversed()
    }()

    /// password_strength's `sequences_length`: runs longer than two characters that appear in
    /// `sequences`, scanned greedily left to right.
    static func sequencesLength(_ chars: [Unicode.Scalar]) -> Int {
        var total = 0, i = 0
        while i < chars.count {
            var common = 1
            for j in sequences.indices where sequences[j] == chars[i] {
                var n = 0
                while i + n < chars.count, j + n < sequences.count, chars[i + n] == sequences[j + n] { n += 1 }
                common = max(common, n)
            }
            if common > 2 { total += common }
            i += common
        }
        return total
    }
}
