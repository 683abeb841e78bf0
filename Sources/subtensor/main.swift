import CommandSupport
import SubtensorCommands

await SubtensorCommand.start()
