/// A configuration value as the user wrote it: one string, or a list of strings (`--netuids 1 2`,
/// a YAML sequence). Typed reading happens in `Config`'s accessors, the way argparse converts its
/// string defaults.
public enum ConfigValue: Hashable, Sendable, CustomStringConvertible {
    case scalar(String)
    case list([String])

    /// The value as one string; a list joins its items with a space.
    public var text: String {
        switch self {
        case .scalar(let s): return s
        case .list(let items): return items.joined(separator: " ")
        }
    }

    /// The value as a list; a scalar is a list of one.
    public var items: [String] {
        switch self {
        case .scalar(let s): return [s]
        case .list(let items): return items
        }
    }

    public var description: String {
        switch self {
        case .scalar(let s): return s
        case .list(let items): return "[" + items.joined(separator: ", ") + "]"
        }
    }
}
