import ArgumentParser

/// `btcli stake …`: `add` (the default, so the flat `btcli stake --amount …` works), `remove`.
struct StakeGroup: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stake", abstract: "Stake commands: add (default) and remove.",
        subcommands: [StakeCommand.self, UnstakeCommand.self], defaultSubcommand: StakeCommand.self, aliases: ["st", "stakes"])
}

/// `btcli unstake`: the flat (bittensor 5) form of `stake remove`.
struct FlatUnstakeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "unstake", abstract: "Unstake from hotkey accounts.")
    @OptionGroup var command: UnstakeCommand
    func run() async throws { try await command.run() }
}

/// `btcli register`: the flat (bittensor 5) form of `subnets pow_register`.
struct FlatRegisterCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "register", abstract: "Register a wallet to a network.")
    @OptionGroup var command: RegisterCommand
    func run() async throws { try await command.run() }
}

/// `btcli recycle_register`: the flat (bittensor 5) form of `subnets register`.
struct FlatRecycleRegisterCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "recycle_register", abstract: "Register a wallet to a network.")
    @OptionGroup var command: RecycleRegisterCommand
    func run() async throws { try await command.run() }
}

/// `btcli list_subnets`: the flat (bittensor 5) form of `subnets list`.
struct FlatListSubnetsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list_subnets", abstract: "List all subnets on the network")
    @OptionGroup var command: SubnetsListCommand
    func run() async throws { try await command.run() }
}

/// `btcli subnets …`: list, metagraph, register (recycle), pow_register, hyperparameters.
struct SubnetsGroup: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "subnets", abstract: "Subnet commands: list, metagraph, register, pow_register, hyperparameters.",
        subcommands: [SubnetsListCommand.self, MetagraphCommand.self, RecycleRegisterCommand.self, RegisterCommand.self, HyperparametersCommand.self],
        aliases: ["s", "subnet"])
}

/// `btcli root …`: delegation commands.
struct RootGroup: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "root", abstract: "Delegation commands: nominate, delegate, undelegate, list_delegates, my_delegates.",
        subcommands: [NominateCommand.self, DelegateCommand.self, UndelegateCommand.self, ListDelegatesCommand.self, MyDelegatesCommand.self],
        aliases: ["r", "roots"])
}

/// `btcli sudo …`: hyperparameter changes with the sudo key.
struct SudoGroup: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sudo", abstract: "Sudo commands: set a subnet hyperparameter.", subcommands: [SudoSetCommand.self], aliases: ["su", "sudos"])
}
