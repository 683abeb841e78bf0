import ArgumentParser
import Primitives
import RuntimeMetadata

/// `subtensor metadata` (hidden, for development and the Python oracle tests): prints the
/// runtime's metadata blob as `state_getMetadata` returns it, `0x`-prefixed hex.
struct MetadataCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "metadata",
        abstract: "Print the runtime metadata (V14 or V15) as 0x-prefixed hex.",
        shouldDisplay: false
    )

    @Option(name: .customLong("version"), help: "The metadata version: 14 or 15.")
    var metadataVersion: UInt32 = 14

    func validate() throws {
        guard RuntimeMetadata.versions.contains(metadataVersion) else {
            throw ValidationError("metadata version \(metadataVersion) is not served; use 14 or 15.")
        }
    }

    func run() throws {
        // validate() admitted only served versions.
        print(Hex.encode(RuntimeMetadata.blob(version: metadataVersion)!, prefixed: true))
    }
}
