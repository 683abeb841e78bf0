import Foundation

/// Log lines like a Substrate node's: time, level, target, message, to standard error.
public struct NodeLog: Sendable {
    public var level: Int

    public init(level: Int) { self.level = level }

    public func info(_ message: @autoclosure () -> String) { write(1, "INFO", message()) }
    public func debug(_ message: @autoclosure () -> String) { write(2, "DEBUG", message()) }
    public func error(_ message: @autoclosure () -> String) { write(0, "ERROR", message()) }

    private func write(_ required: Int, _ label: String, _ message: String) {
        guard level >= required else { return }
        FileHandle.standardError.write(Data("\(Self.timestamp()) \(label) substrate: \(message)\n".utf8))
    }

    /// One formatter for every line (building a `DateFormatter` costs far more than using one).
    /// `DateFormatter` is not documented as safe to share between threads, so every use holds
    /// `formatterLock`.
    private static let formatter: DateFormatter = {
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss.SSS"
        return formatter
    }()
    private static let formatterLock = NSLock()

    /// The current local time as `yyyy-MM-dd HH:mm:ss.SSS`.
    static func timestamp(_ date: Date = Date()) -> String {
        formatterLock.withLock { formatter.string(from: date) }
    }
}
