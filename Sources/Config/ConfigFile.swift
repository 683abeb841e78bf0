import Foundation
import Yams

/// The YAML file named by `--config` (or the seed's `--config.file`).
///
/// bittensor loads it with `yaml.safe_load` and uses its entries as defaults keyed by the flat
/// dotted names (`wallet.name: alice`, `axon.port: 9000`). Nested mappings
/// (`wallet: {name: alice}`) are accepted too and flattened to the same keys; a YAML sequence
/// becomes a list value; `null` entries are ignored.
public enum ConfigFile {
    /// Reads and parses the file at `path`.
    /// - Throws: `ConfigError` when the file is missing, unreadable or not a mapping of keys.
    public static func load(path: String) throws(ConfigError) -> [ConfigKey: ConfigValue] {
        guard let data = FileManager.default.contents(atPath: path),
              let text = String(data: data, encoding: .utf8) else {
            throw .fileUnreadable(path: path)
        }
        return try parse(yaml: text, path: path)
    }

    /// Parses YAML `text`; `path` only names the file in errors.
    public static func parse(yaml text: String, path: String = "<config>") throws(ConfigError) -> [ConfigKey: ConfigValue] {
        let root: Node?
        do { root = try Yams.compose(yaml: text) } catch {
            throw .invalidYAML(path: path, reason: Self.oneLine(String(describing: error)))
        }
        guard let root else { return [:] }
        guard case .mapping(let mapping) = root else { throw .notAMapping(path: path) }
        var out: [ConfigKey: ConfigValue] = [:]
        try flatten(mapping, prefix: nil, into: &out, path: path)
        return out
    }

    private static func flatten(
        _ mapping: Node.Mapping, prefix: String?, into out: inout [ConfigKey: ConfigValue], path: String
    ) throws(ConfigError) {
        for (keyNode, valueNode) in mapping {
            guard let part = keyNode.scalar?.string else { throw .invalidKey(path: path, key: "\(keyNode)") }
            let key = ConfigKey(prefix.map { "\($0).\(part)" } ?? part)
            guard key.isValid else { throw .invalidKey(path: path, key: key.name) }
            switch valueNode {
            case .scalar(let scalar):
                if isNull(scalar) { continue }
                out[key] = .scalar(scalar.string)
            case .sequence(let sequence):
                out[key] = .list(sequence.compactMap { $0.scalar?.string })
            case .mapping(let nested):
                try flatten(nested, prefix: key.name, into: &out, path: path)
            case .alias:
                throw .invalidKey(path: path, key: key.name)
            }
        }
    }

    private static func isNull(_ scalar: Node.Scalar) -> Bool {
        scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    private static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
    }
}
