import Foundation

/// A status line on standard error that rewrites itself on a terminal (or prints one line per
/// update when asked to, or when standard error is not a terminal).
final class ProgressLine: @unchecked Sendable {
    private let enabled: Bool
    private let inPlace: Bool
    private var shown = false

    init(enabled: Bool, inPlace: Bool) {
        self.enabled = enabled
        self.inPlace = inPlace && isatty(2) == 1
    }

    /// Shows `text` in place of the previous update.
    func show(_ text: String) {
        guard enabled else { return }
        if inPlace {
            Output.prompt("\r\u{1B}[2K" + text)
            shown = true
        } else {
            Output.note(text)
        }
    }

    /// Ends the line.
    func finish() {
        if shown { Output.prompt("\n") }
        shown = false
    }
}
