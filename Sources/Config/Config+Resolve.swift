/// Building a configuration from its four sources.
extension Config {
    /// Resolves `options` (and any other key the file or the command line carries) with
    /// bittensor's precedence: `commandLine` > `file` > `environment` > each option's default.
    ///
    /// - Parameters:
    ///   - options: the declared keys; only these are looked up in the environment.
    ///   - commandLine: the flags actually given, by key.
    ///   - file: the entries of the `--config` file (`ConfigFile.parse`).
    ///   - environment: the process environment (`BT_*` variables are read from it).
    public static func resolve(
        options: [ConfigOption],
        commandLine: [ConfigKey: ConfigValue] = [:],
        file: [ConfigKey: ConfigValue] = [:],
        environment: [String: String] = [:]
    ) -> Config {
        var config = Config()
        for option in options {
            if let value = option.defaultValue { config.merge(option.key, value, from: .defaultValue) }
            if let name = option.environmentVariables.first(where: { environment[$0] != nil }),
               let value = environment[name] {
                config.merge(option.key, .scalar(value), from: .environment)
            }
        }
        for (key, value) in file { config.merge(key, value, from: .file) }
        for (key, value) in commandLine { config.merge(key, value, from: .commandLine) }
        return config
    }
}
