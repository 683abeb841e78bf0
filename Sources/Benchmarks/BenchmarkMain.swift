/// `bench`: the foundation benchmark, `bench epoch` for the Yuma consensus epoch, `bench axon`, or
/// `bench pow` for the registration proof of work, `bench blockstep` for SubtensorModule's block step,
/// `bench node` for the node over RPC.
@main
enum BenchmarkMain {
    static func main() async throws {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if arguments.first == "epoch" {
            try EpochBenchmark.main(Array(arguments.dropFirst()))
        } else if arguments.first == "axon" {
            try AxonBenchmark.main(Array(arguments.dropFirst()))
        } else if arguments.first == "node" {
            try await NodeBenchmark.main(Array(arguments.dropFirst()))
        } else if arguments.first == "blockstep" {
            try BlockStepBenchmark.main(Array(arguments.dropFirst()))
        } else if arguments.first == "pow" {
            try PowBenchmark.main(Array(arguments.dropFirst()))
        } else {
            try FoundationBenchmark.main()
        }
    }
}
