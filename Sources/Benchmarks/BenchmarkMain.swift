/// `bench`: the foundation benchmark, `bench epoch` for the Yuma consensus epoch, or `bench axon`.
@main
enum BenchmarkMain {
    static func main() throws {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if arguments.first == "epoch" {
            try EpochBenchmark.main(Array(arguments.dropFirst()))
        } else if arguments.first == "axon" {
            try AxonBenchmark.main(Array(arguments.dropFirst()))
        } else {
            try FoundationBenchmark.main()
        }
    }
}
