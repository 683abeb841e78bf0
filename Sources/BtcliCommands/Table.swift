import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A text table as btcli prints them: a title, a header row, rows and an optional footer row;
/// bold header and colour on a terminal, plain text otherwise, and narrowed to the terminal's
/// width by shortening the widest columns.
struct Table {
    /// A column: its title and whether its cells line up on the right (numbers).
    struct Column {
        var title: String
        var rightAligned: Bool
        init(_ title: String, right: Bool = false) {
            self.title = title
            rightAligned = right
        }
    }

    var title: String?
    var columns: [Column]
    var rows: [[String]] = []
    var footer: [String]?
    var caption: String?

    init(title: String? = nil, columns: [Column]) {
        self.title = title
        self.columns = columns
    }

    mutating func add(_ row: [String]) { rows.append(row) }

    /// Whether standard output is a terminal.
    static var isTerminal: Bool { isatty(1) == 1 }

    /// The terminal's width (`COLUMNS`, the tty, else unlimited).
    static var terminalWidth: Int? {
        if let text = ProcessInfo.processInfo.environment["COLUMNS"], let width = Int(text), width > 20 { return width }
        var size = winsize()
        if isTerminal, ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 20 { return Int(size.ws_col) }
        return nil
    }

    /// The table as lines of text.
    func render(width maximum: Int? = Table.terminalWidth, colour: Bool = Table.isTerminal) -> String {
        let all = [columns.map(\.title)] + rows + (footer.map { [$0] } ?? [])
        var widths = columns.indices.map { i in all.map { i < $0.count ? $0[i].count : 0 }.max() ?? 0 }
        let gap = 2
        if let maximum {
            while widths.reduce(0, +) + gap * (widths.count - 1) > maximum, let widest = widths.indices.max(by: { widths[$0] < widths[$1] }), widths[widest] > 6 {
                widths[widest] -= 1
            }
        }
        func line(_ cells: [String], style: String? = nil) -> String {
            var parts: [String] = []
            for (i, column) in columns.enumerated() {
                var cell = i < cells.count ? cells[i] : ""
                if cell.count > widths[i] { cell = String(cell.prefix(max(1, widths[i] - 1))) + "…" }
                let pad = String(repeating: " ", count: widths[i] - cell.count)
                parts.append(column.rightAligned ? pad + cell : cell + pad)
            }
            var text = parts.joined(separator: String(repeating: " ", count: gap))
            while text.hasSuffix(" ") { text.removeLast() }
            if colour, let style { return "\u{1B}[\(style)m\(text)\u{1B}[0m" }
            return text
        }
        var out: [String] = []
        if let title { out.append(colour ? "\u{1B}[1m\(title)\u{1B}[0m" : title) }
        out.append(line(columns.map(\.title), style: "1;37"))
        for row in rows { out.append(line(row)) }
        if let footer { out.append(line(footer, style: "1")) }
        if let caption { out.append(caption) }
        return out.joined(separator: "\n")
    }
}
