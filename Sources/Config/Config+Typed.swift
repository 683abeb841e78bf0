import Foundation

/// Typed reading, the way argparse converts a string default to the option's type.
extension Config {
    /// The value of `key` as one string.
    public func string(_ key: ConfigKey) -> String? { self[key]?.text }

    /// The value of `key` as a list of strings.
    public func list(_ key: ConfigKey) -> [String]? { self[key]?.items }

    /// The value of `key` as an integer.
    /// - Throws: `ConfigError.invalidValue` when the value is not a decimal integer.
    public func int(_ key: ConfigKey) throws(ConfigError) -> Int? {
        guard let entry = entries[key] else { return nil }
        let text = entry.value.text.trimmingCharacters(in: .whitespaces)
        guard let value = Int(text) else {
            throw .invalidValue(key: key, value: text, expected: "an integer", source: entry.source)
        }
        return value
    }

    /// The value of `key` as a Boolean: `true/false`, `yes/no`, `on/off`, `1/0` (any case).
    /// - Throws: `ConfigError.invalidValue` for anything else.
    public func bool(_ key: ConfigKey) throws(ConfigError) -> Bool? {
        guard let entry = entries[key] else { return nil }
        switch entry.value.text.trimmingCharacters(in: .whitespaces).lowercased() {
        case "true", "yes", "on", "1", "y", "t": return true
        case "false", "no", "off", "0", "n", "f", "": return false
        default:
            throw .invalidValue(key: key, value: entry.value.text, expected: "true or false", source: entry.source)
        }
    }

    /// The value of `key` as a file-system path, `~` expanded against `home`.
    public func path(_ key: ConfigKey, home: String?) -> String? {
        string(key).map { Config.expandTilde($0, home: home) }
    }

    /// `path` with a leading `~` or `~/` replaced by `home` (unchanged when `home` is `nil`).
    public static func expandTilde(_ path: String, home: String?) -> String {
        guard let home, path == "~" || path.hasPrefix("~/") else { return path }
        let base = home.hasSuffix("/") ? String(home.dropLast()) : home
        return base + path.dropFirst()
    }
}
