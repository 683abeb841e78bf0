import Foundation

/// Runs a committed Python reference script (`Scripts/bench/…`) with the oracle venv's
/// interpreter and reads the JSON object of rates it prints.
enum PythonReference {
    /// The rates printed by `Scripts/bench/<script>`, or `nil` (with a message) when it fails.
    static func rates(script: String, python: String) -> [String: Double]? {
        let path = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Scripts/bench").appendingPathComponent(script)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [path.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        do { try process.run() } catch {
            print("could not start \(python): \(error)")
            return nil
        }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0,
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Double]
        else {
            print("the Python reference run failed (status \(process.terminationStatus))")
            return nil
        }
        return object
    }
}
