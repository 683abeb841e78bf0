import ArgumentParser

/// The proof-of-work flags of `btcli register`, under bittensor's names of every version
/// (`--subtensor.register.*`, `--register.*`, `--pow_register.*`, and the short forms).
struct PowOptions: ParsableArguments {
    @Option(name: [.customLong("subtensor.register.num_processes"), .customLong("register.num_processes"),
                   .customLong("pow_register.num_processes"), .customLong("num_processes"), .customShort("n")],
            help: "Solver threads (default: every core).")
    var numProcesses: Int?

    @Option(name: [.customLong("subtensor.register.update_interval"), .customLong("register.update_interval"),
                   .customLong("pow_register.update_interval"), .customLong("update_interval"), .customLong("cuda.update_interval"),
                   .customShort("u")],
            help: "Nonces each thread hashes between looks at the chain (default 50000).")
    var updateInterval: UInt64 = 50_000

    @Flag(name: [.customLong("subtensor.register.no_output_in_place"), .customLong("register.no_output_in_place"),
                 .customLong("pow_register.no_output_in_place"), .customLong("no_output_in_place")],
          help: "Print each progress update on its own line instead of rewriting one line.")
    var noOutputInPlace = false

    @Flag(name: [.customLong("subtensor.register.cuda.use_cuda"), .customLong("register.cuda.use_cuda"),
                 .customLong("pow_register.cuda.use_cuda"), .customLong("cuda"), .customLong("cuda.use_cuda")],
          help: "Solve on a GPU (not available in this build: the CPU solver is used).")
    var cuda = false

    @Option(name: [.customLong("max_attempts")], help: "Solve-and-submit attempts before giving up (default 3).")
    var maxAttempts = 3
}
