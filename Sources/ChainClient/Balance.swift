import Foundation

/// An amount of TAO held as rao (1 τ = 10⁹ ρ), shown as bittensor shows it (`τ1,234.500000000`)
/// and parsed from decimal text without floating point.
public struct Balance: Comparable, Hashable, Sendable, CustomStringConvertible {
    /// Rao per TAO.
    public static let raoPerTao: UInt64 = 1_000_000_000

    /// The amount in rao.
    public var rao: UInt64

    public init(rao: UInt64) { self.rao = rao }

    /// Parses a TAO amount (`1000`, `0.5`, `1_000.25`, `τ12`); at most 9 decimals.
    public init(tao text: String) throws(ChainClientError) {
        var body = text.trimmingCharacters(in: .whitespaces)
        if body.hasPrefix("τ") { body.removeFirst() }
        body = body.replacingOccurrences(of: "_", with: "").replacingOccurrences(of: ",", with: "")
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard !body.isEmpty, parts.count <= 2, parts.allSatisfy({ $0.allSatisfy { $0.isASCIIDigit } }),
              !(parts[0].isEmpty && (parts.count == 1 || parts[1].isEmpty))
        else { throw .badAmount("'\(text)' is not an amount of TAO (e.g. 10 or 0.5)") }
        let fraction = parts.count == 2 ? String(parts[1]) : ""
        guard fraction.count <= 9 else { throw .badAmount("'\(text)' has more than 9 decimals (1 rao = 0.000000001 τ)") }
        let whole = parts[0].isEmpty ? 0 : UInt64(parts[0])
        let fractionRao = UInt64(fraction.padding(toLength: 9, withPad: "0", startingAt: 0)) ?? 0
        guard let whole, case let (scaled, false) = whole.multipliedReportingOverflow(by: Self.raoPerTao),
              case let (total, false) = scaled.addingReportingOverflow(fractionRao)
        else { throw .badAmount("'\(text)' is more TAO than can exist") }
        rao = total
    }

    /// `τ1,234.500000000`.
    public var description: String { "τ" + Self.grouped(rao / Self.raoPerTao) + "." + Self.nineDigits(rao % Self.raoPerTao) }

    /// `1234.500000000` (no symbol, no grouping): for JSON and scripts.
    public var taoText: String { String(rao / Self.raoPerTao) + "." + Self.nineDigits(rao % Self.raoPerTao) }

    /// The amount with `decimals` decimals, truncated (`τ1,234.50000` for 5).
    public func formatted(decimals: Int, symbol: Bool = true) -> String {
        let digits = Self.nineDigits(rao % Self.raoPerTao).prefix(max(0, min(9, decimals)))
        return (symbol ? "τ" : "") + Self.grouped(rao / Self.raoPerTao) + (digits.isEmpty ? "" : "." + digits)
    }

    static func nineDigits(_ value: UInt64) -> String {
        let text = String(value)
        return String(repeating: "0", count: 9 - text.count) + text
    }

    static func grouped(_ value: UInt64) -> String {
        let text = String(value)
        var out = ""
        for (i, c) in text.enumerated() {
            if i > 0, (text.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return out
    }

    public static func < (a: Balance, b: Balance) -> Bool { a.rao < b.rao }
    public static func + (a: Balance, b: Balance) -> Balance { Balance(rao: a.rao &+ b.rao) }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
