/// Why a configuration could not be built or read. Each case renders as one sentence.
public enum ConfigError: Error, Equatable, CustomStringConvertible {
    /// The `--config` file does not exist or cannot be read.
    case fileUnreadable(path: String)
    /// The `--config` file is not valid YAML.
    case invalidYAML(path: String, reason: String)
    /// The top of the file is not a mapping of keys to values.
    case notAMapping(path: String)
    /// A key in the file is not a dotted option name.
    case invalidKey(path: String, key: String)
    /// A value is not of the type its key needs.
    case invalidValue(key: ConfigKey, value: String, expected: String, source: ConfigSource)

    public var description: String {
        switch self {
        case .fileUnreadable(let path):
            return "Cannot read the config file \(path)."
        case .invalidYAML(let path, let reason):
            return "The config file \(path) is not valid YAML: \(reason)."
        case .notAMapping(let path):
            return "The config file \(path) must be a mapping of option names to values."
        case .invalidKey(let path, let key):
            return "The config file \(path) has an invalid option name '\(key)'."
        case .invalidValue(let key, let value, let expected, let source):
            return "\(key.flag) must be \(expected), not '\(value)' (from the \(source))."
        }
    }
}
