import ArgumentParser

/// `--json`: print a machine-readable result instead of a table.
struct JSONOutputOption: ParsableArguments {
    @Flag(name: .customLong("json"), help: "Print the result as JSON (for scripts) instead of a table.")
    var json = false
}

/// `--netuid N`.
struct NetuidOption: ParsableArguments {
    @Option(name: .customLong("netuid"), help: "The subnet's netuid.")
    var netuid: UInt16?
}
