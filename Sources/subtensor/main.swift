import SubtensorCommands

await SubtensorCommand.start()
