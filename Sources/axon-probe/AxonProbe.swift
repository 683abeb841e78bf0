import AxonProbeCommands

@main
enum AxonProbe {
    static func main() async {
        await AxonProbeCommand.main()
    }
}
