import ArgumentParser

/// The `btcli` command: the Bittensor command line. Commands work in bittensor 5's flat form
/// (`btcli new_coldkey`, `btcli stake`, `btcli register`) and in the grouped form of bittensor
/// 6+ (`btcli wallet new_coldkey`, `btcli stake add`, `btcli subnets pow_register`).
public struct BtcliCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "btcli",
        abstract: "The Bittensor command line of swift-bittensor.",
        discussion: """
            Every command reads its options from flags (--wallet.name …), a YAML file given \
            with --config, and BT_<OBJECT>_<PARAM> environment variables, in that order of \
            precedence. Coldkey passwords can come from BT_COLD_PW_<WALLETNAME>.
            """,
        version: "0.1.0",
        subcommands: [
            WalletCommand.self, StakeGroup.self, SubnetsGroup.self, RootGroup.self, SudoGroup.self,
            ListCommand.self, NewColdkeyCommand.self, NewHotkeyCommand.self,
            RegenColdkeyCommand.self, RegenColdkeypubCommand.self, RegenHotkeyCommand.self,
            OverviewCommand.self, InspectCommand.self, BalanceCommand.self, TransferCommand.self, FlatUnstakeCommand.self,
            FlatRegisterCommand.self, FlatRecycleRegisterCommand.self, NominateCommand.self, DelegateCommand.self,
            UndelegateCommand.self, ListDelegatesCommand.self, MyDelegatesCommand.self, MetagraphCommand.self,
            FlatListSubnetsCommand.self,
        ]
    )

    public init() {}
}
