import SubtensorCommands

SubtensorCommand.main()
