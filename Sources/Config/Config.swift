/// A resolved configuration: every dotted key with its value and where the value came from.
///
/// Built by `Config.resolve(options:commandLine:file:environment:)` from the four sources in
/// bittensor's order of precedence (command line > `--config` file > `BT_*` environment >
/// default). A value type with no I/O: commands read the environment and the file at the edge
/// and hand them in, so tests build any combination directly.
public struct Config: Sendable, Equatable {
    /// One resolved value and its source.
    public struct Entry: Hashable, Sendable {
        /// The value as written.
        public let value: ConfigValue
        /// Where it came from.
        public let source: ConfigSource

        public init(value: ConfigValue, source: ConfigSource) {
            self.value = value
            self.source = source
        }
    }

    /// The resolved entries; a key absent here is unset (bittensor's `None`).
    public private(set) var entries: [ConfigKey: Entry]

    /// A configuration holding `entries` as they are.
    public init(entries: [ConfigKey: Entry] = [:]) { self.entries = entries }

    /// The keys that have a value, sorted.
    public var keys: [ConfigKey] { entries.keys.sorted() }

    /// The value of `key`, if set.
    public subscript(key: ConfigKey) -> ConfigValue? { entries[key]?.value }

    /// The source of the value of `key`, if set.
    public func source(of key: ConfigKey) -> ConfigSource? { entries[key]?.source }

    /// `true` when `key` was given on the command line: bittensor's `config.is_set`, which gates
    /// its interactive prompts.
    public func isSet(_ key: ConfigKey) -> Bool { entries[key]?.source == .commandLine }

    /// Sets `key` to `value` from `source`, if `source` is at least as strong as the present
    /// value's.
    public mutating func merge(_ key: ConfigKey, _ value: ConfigValue, from source: ConfigSource) {
        if let present = entries[key], present.source > source { return }
        entries[key] = Entry(value: value, source: source)
    }
}
