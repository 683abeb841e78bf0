import BtcliCommands
import CommandSupport

await BtcliCommand.start()
