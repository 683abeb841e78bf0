import ArgumentParser

/// `axon-probe`: a small tool to serve or ping an axon, bounded in time, for interoperability
/// checks against bittensor and for trying the axon by hand.
public struct AxonProbeCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "axon-probe",
        abstract: "Serve an axon with an allow-list, or ping an axon, for a bounded time.",
        subcommands: [ServeCommand.self, PingCommand.self])

    public init() {}
}
