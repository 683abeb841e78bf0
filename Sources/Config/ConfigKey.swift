/// A dotted configuration key such as `wallet.name`, `subtensor.network` or `axon.port`: the
/// name of a command-line flag without its `--`, of a `--config` file entry, and (upper-cased,
/// dots as underscores, `BT_` in front) of an environment variable.
public struct ConfigKey: Hashable, Comparable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// The dotted name, e.g. `axon.port`.
    public let name: String

    /// A key from its dotted name. The name is used as given; `isValid` tells whether it is one
    /// a flag could carry.
    public init(_ name: String) { self.name = name }

    public init(stringLiteral value: String) { self.init(value) }

    /// The parts between the dots: `["axon", "port"]`.
    public var components: [Substring] { name.split(separator: ".", omittingEmptySubsequences: false) }

    /// The object the key belongs to (`axon` for `axon.port`), or `nil` for a top-level key.
    public var object: String? { components.count > 1 ? String(components[0]) : nil }

    /// `true` when every part is non-empty and made of letters, digits and `_` (what bittensor's
    /// argparse destinations use).
    public var isValid: Bool {
        components.allSatisfy { part in
            !part.isEmpty && part.unicodeScalars.allSatisfy { $0 == "_" || ($0.isASCII && $0.properties.isAlphabetic) || ("0"..."9").contains($0) }
        }
    }

    /// The command-line flag: `--axon.port`.
    public var flag: String { "--" + name }

    /// The environment variable bittensor reads for this key: `BT_AXON_PORT` for `axon.port`,
    /// `BT_SUBTENSOR_CHAIN_ENDPOINT` for `subtensor.chain_endpoint`.
    public var environmentVariable: String {
        "BT_" + name.uppercased().replacingOccurrences(of: ".", with: "_")
    }

    public static func < (lhs: ConfigKey, rhs: ConfigKey) -> Bool { lhs.name < rhs.name }

    public var description: String { name }
}
