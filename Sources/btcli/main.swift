import BtcliCommands

BtcliCommand.main()
