/// The declaration of one configuration key: its default and a help line. Commands declare the
/// options they read; `Config.resolve` fills each from the command line, the file, the
/// environment or this default, and `helpText` is what `--help` shows.
public struct ConfigOption: Hashable, Sendable {
    /// The dotted key.
    public let key: ConfigKey
    /// The value when no source sets it; `nil` for "unset" (bittensor's `None`).
    public let defaultValue: ConfigValue?
    /// One line for `--help`.
    public let help: String
    /// Environment variables read for this key, first match wins. By default only
    /// `key.environmentVariable`; a few bittensor variables have other spellings.
    public let environmentVariables: [String]

    /// Declares `key` with `defaultValue` and `help`.
    public init(_ key: ConfigKey, default defaultValue: String?, help: String, environmentVariables: [String]? = nil) {
        self.key = key
        self.defaultValue = defaultValue.map(ConfigValue.scalar)
        self.help = help
        self.environmentVariables = environmentVariables ?? [key.environmentVariable]
    }

    /// The help line with the default and the environment variable, e.g.
    /// `Port the axon serves on. (default: 8091; env BT_AXON_PORT)`.
    public var helpText: String {
        let def = defaultValue.map { "default: \($0.text)" } ?? "default: none"
        return "\(help) (\(def); env \(environmentVariables.joined(separator: ", ")))"
    }
}
