import ArgumentParser
import Yuma

/// `subtensor epoch`: runs Yuma consensus epochs on a storage snapshot given as JSON.
struct EpochCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "epoch",
        abstract: "Run Yuma consensus epochs on a JSON storage snapshot and print what the chain would store.",
        discussion: """
            A what-if tool for the incentive mechanism: the subnet epoch of the 2023 Finney runtime, \
            bit-exact, in fixed point. Input (standard input or FILE), integers only:
              {"n": 4, "current_block": 1000, "stake": [rao, …], "weights": [[[uid, u16], …], …],
               "bonds": [[[uid, u16], …], …], "last_update": [block, …],
               "block_at_registration": [block, …], "validator_permit": [bool, …],
               "hyperparameters": {"kappa": 32767, "bonds_moving_average": 900000,
                                   "activity_cutoff": 5000, "max_allowed_validators": 128},
               "rao_emission": 1000000000}
            weights/bonds are the stored rows (weights max-upscaled to 65535 per row, as set_weights \
            stores them; add "weights_raw": true to have them upscaled). weights and bonds may be \
            objects {"uid": row}; missing weights/bonds are empty, missing validator_permit is the \
            top max_allowed_validators by stake, missing hyperparameters take the Finney defaults.
            A sequence {"initial_state": {…}, "steps": [{…}, …]} runs one epoch per step; a step \
            overrides fields (objects {"uid": value} patch single entries) and may set \
            "variant": "dense" or "sparse"; bonds and validator_permit carry over between epochs.
            Output: active, rank, trust, consensus, incentive, dividends, emission, validator_trust, \
            validator_permit (new), bonds (as stored after the epoch), pruning_scores, \
            server_emission, validator_emission (u16 values are floor(x·65535); amounts in rao), \
            or {"steps": [...]} for a sequence. Unknown members are ignored.
            """
    )

    @Argument(help: "The input file (default: standard input).")
    var file: String?

    @Flag(name: .long, help: "Run epoch_dense (the pallet's test-only n × n variant) for steps that do not name a variant.")
    var dense = false

    func run() throws {
        let bytes: [UInt8]
        if let file {
            guard let contents = EpochFileReader.contents(of: file) else { throw EpochCommandFailure.exit("cannot read \(file).") }
            bytes = contents
        } else {
            bytes = FileHandleWriter.readStandardInput()
        }
        do {
            let document = try EpochDocument(bytes: bytes)
            let results = try document.run(defaultVariant: dense ? .dense : .sparse)
            print(EpochOutputJSON.render(results, sequence: document.isSequence))
        } catch {
            throw EpochCommandFailure.exit(error.description)
        }
    }
}

/// Prints `Error: …` on standard error and exits with status 2, as the key commands do.
enum EpochCommandFailure {
    static func exit(_ message: String) -> ExitCode {
        var stderr = StandardError()
        print("Error: \(message)", to: &stderr)
        return ExitCode(2)
    }
}
