using System.Text;
using NodaTime;
using OrgLife.Cli.Commands;

namespace OrgLife.Cli;

/// <summary>The <c>orglife</c> tool's entry point; <see cref="Run(string[], TextWriter, TextWriter)"/> runs it in-process.</summary>
public static class Program
{
    /// <summary>Runs the tool on the console (UTF-8, so Chinese prints on every terminal).</summary>
    /// <param name="args">The command line.</param>
    /// <returns>0 no error finding, 1 error findings, 2 bad input or usage.</returns>
    public static int Main(string[] args)
    {
        Console.OutputEncoding = Encoding.UTF8;
        using var cancellation = new CancellationTokenSource();
        // Ctrl+C asks the running command to stop at its next check instead of killing the process mid-write.
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };
        return Run(args, Console.Out, Console.Error, SystemClock.Instance, errorIsTerminal: !Console.IsErrorRedirected, cancellation.Token);
    }

    /// <summary>Runs the tool with the system clock, writing to the given writers; never throws for bad input.</summary>
    /// <param name="args">The command line, without the tool's name.</param>
    /// <param name="stdout">Where results go.</param>
    /// <param name="stderr">Where error messages go.</param>
    /// <returns>0 no error finding, 1 error findings, 2 bad input or usage.</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) => Run(args, stdout, stderr, SystemClock.Instance);

    /// <summary>Runs the tool with <paramref name="clock"/> for the default --as-of (tests pass a fixed one).</summary>
    /// <param name="args">The command line, without the tool's name.</param>
    /// <param name="stdout">Where results go.</param>
    /// <param name="stderr">Where error messages go.</param>
    /// <param name="clock">The clock read for today's date when --as-of is not given.</param>
    /// <returns>0 no error finding, 1 error findings, 2 bad input or usage.</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, IClock clock) => Run(args, stdout, stderr, clock, errorIsTerminal: false, CancellationToken.None);

    private static int Run(string[] args, TextWriter stdout, TextWriter stderr, IClock clock, bool errorIsTerminal, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        ArgumentNullException.ThrowIfNull(clock);
        var context = new CommandContext(stdout, stderr, clock, errorIsTerminal) { Cancellation = cancellation };
        try
        {
            var arguments = Arguments.Parse(args);
            if (arguments.HelpRequested || arguments.Command is "help")
            {
                stdout.WriteLine(Usage.Text);
                return ExitCodes.Success;
            }

            return arguments.Command switch
            {
                ValidateCommand.Name => ValidateCommand.Run(arguments, context),
                RulesCommand.Name => RulesCommand.Run(arguments, context),
                DemoCommand.Name => DemoCommand.Run(arguments, context),
                TallyCommand.Name => TallyCommand.Run(arguments, context),
                ScheduleCommand.Name => ScheduleCommand.Run(arguments, context),
                GenerateCommand.Name => GenerateCommand.Run(arguments, context),
                StoreCommand.Name => StoreCommand.Run(arguments, context),
                RollUpCommand.Name => RollUpCommand.Run(arguments, context),
                null => throw new UsageException("no command given."),
                var other => throw new UsageException($"unknown command '{other}'."),
            };
        }
        catch (UsageException ex)
        {
            context.Fail(ex.Message);
            stderr.WriteLine("Run 'orglife --help' for the commands and options.");
            return ExitCodes.BadInput;
        }
        catch (BadInputException ex)
        {
            context.Fail(ex.Message);
            return ExitCodes.BadInput;
        }
        catch (OperationCanceledException)
        {
            context.Fail("cancelled.");
            return ExitCodes.Cancelled;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            context.Fail($"cannot read the input: {ex.Message}");
            return ExitCodes.BadInput;
        }
    }
}
