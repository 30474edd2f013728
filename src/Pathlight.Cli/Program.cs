using Pathlight.Cli;

return PathlightCli.Run(args, CliConsole.System());
