#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Prompts on the controlling terminal with echo off (like Python's `getpass`); without a
/// terminal it reads a line from standard input, so scripts can pipe answers in.
public struct TerminalPasswordPrompter: PasswordPrompter {
    public init() {}

    public func readSecret(prompt: String) -> String? {
        let tty = open("/dev/tty", O_RDWR | O_NOCTTY)
        if tty >= 0 {
            defer { close(tty) }
            var saved = termios()
            if tcgetattr(tty, &saved) == 0 {
                writeAll(tty, prompt)
                var quiet = saved
                quiet.c_lflag &= ~tcflag_t(ECHO)
                tcsetattr(tty, TCSAFLUSH, &quiet)
                let line = readLine(from: tty)
                tcsetattr(tty, TCSAFLUSH, &saved)
                writeAll(tty, "\n")
                return line
            }
        }
        writeAll(2, prompt)
        let line = readLine(from: 0)
        writeAll(2, "\n")
        return line
    }

    public func say(_ message: String) { writeAll(2, message + "\n") }

    /// Reads bytes up to a newline; `nil` at end of input with nothing read.
    private func readLine(from fd: Int32) -> String? {
        var bytes: [UInt8] = []
        var byte: UInt8 = 0
        while true {
            let n = read(fd, &byte, 1)
            if n <= 0 { return bytes.isEmpty ? nil : finish(&bytes) }
            if byte == 0x0a { return finish(&bytes) }
            bytes.append(byte)
        }
    }

    private func finish(_ bytes: inout [UInt8]) -> String {
        if bytes.last == 0x0d { bytes.removeLast() }
        let text = String(decoding: bytes, as: UTF8.self)
        for i in bytes.indices { bytes[i] = 0 }
        return text
    }

    private func writeAll(_ fd: Int32, _ text: String) {
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress!, $0.count) }
            if n <= 0 { return }
            offset += n
        }
    }
}
