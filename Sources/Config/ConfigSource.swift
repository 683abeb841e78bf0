/// Where a configuration value came from, in increasing order of precedence: a hard-coded
/// default, a `BT_*` environment variable, the `--config` file, the command line.
///
/// This is the order the seed document states ("Command Line → Config → Environment
/// Variables") and the one bittensor implements: the environment and the file only change
/// argparse's defaults, and a flag given on the command line wins over both.
public enum ConfigSource: Int, Comparable, Sendable, CaseIterable, CustomStringConvertible {
    /// The value declared with the option.
    case defaultValue
    /// A `BT_<OBJECT>_<PARAM>` environment variable.
    case environment
    /// An entry of the YAML file named by `--config`.
    case file
    /// A flag given on the command line.
    case commandLine

    public static func < (lhs: ConfigSource, rhs: ConfigSource) -> Bool { lhs.rawValue < rhs.rawValue }

    public var description: String {
        switch self {
        case .defaultValue: return "default"
        case .environment: return "environment"
        case .file: return "config file"
        case .commandLine: return "command line"
        }
    }
}
