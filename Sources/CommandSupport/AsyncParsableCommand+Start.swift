import ArgumentParser

extension AsyncParsableCommand {
    /// Parses the command line and runs the chosen command, awaiting asynchronous ones: the
    /// executables' `main` on Linux, where ArgumentParser's async `main()` insists on an
    /// Apple-platform availability annotation.
    public static func start() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            exit(withError: error)
        }
    }
}
