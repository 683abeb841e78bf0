import ArgumentParser
import ChainClient
import JSONRPC
import Config
import Wallet

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The command line's output: results on standard output, prompts and errors on standard error,
/// errors as one `Error: …` line and a non-zero exit.
enum Output {
    /// Prints a prompt without a newline on standard error.
    static func prompt(_ text: String) { writeAll(2, text) }

    /// Prints one line on standard error.
    static func note(_ text: String) { writeAll(2, text + "\n") }

    /// Runs `body`, turning the library's errors into one line on standard error and exit 1.
    static func reportingErrors(_ body: () throws -> Void) throws {
        do { try body() } catch let error as WalletErrorConvertible {
            note("Error: \(error.userMessage)")
            throw ExitCode(1)
        }
    }

    /// The async form of `reportingErrors`, for commands that talk to the chain.
    static func reportingErrors(_ body: () async throws -> Void) async throws {
        do { try await body() } catch let error as WalletErrorConvertible {
            note("Error: \(error.userMessage)")
            throw ExitCode(1)
        }
    }

    /// Prints `value` as JSON on standard output.
    static func json(_ value: JSONValue) { print(value.description) }

    private static func writeAll(_ fd: Int32, _ text: String) {
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress!, $0.count) }
            if n <= 0 { return }
            offset += n
        }
    }
}

/// Errors that are shown to the user as one sentence.
protocol WalletErrorConvertible: Error { var userMessage: String { get } }

extension WalletError: WalletErrorConvertible { var userMessage: String { description } }
extension ConfigError: WalletErrorConvertible { var userMessage: String { description } }
extension ChainClientError: WalletErrorConvertible { var userMessage: String { description } }

/// A failure of the command itself, with its sentence.
struct BtcliError: WalletErrorConvertible {
    let userMessage: String
    init(_ message: String) { userMessage = message }
}
