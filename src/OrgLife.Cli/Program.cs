using System.CommandLine;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Text;
using NodaTime;
using OrgLife.Cli.Commands;
using OrgLife.Cli.Output;

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
        var uiCulture = CultureInfo.CurrentUICulture;
        try
        {
            // System.CommandLine's own words (help headings, the help option's description) follow --culture too,
            // not the machine's language; they are fixed when the tree is built, as are ours, so a --culture other
            // than English builds it again.
            CultureInfo.CurrentUICulture = CommonOptions.English;
            var parse = ToolCommandLine.Create(context, Labels.For(CommonOptions.English)).Parse(args, Parsing);
            var culture = ChosenCulture(parse);
            if (!culture.Equals(CommonOptions.English))
            {
                CultureInfo.CurrentUICulture = culture;
                parse = ToolCommandLine.Create(context, Labels.For(culture)).Parse(args, Parsing);
            }

            if (parse.Action is ParseErrorAction)
            {
                throw new UsageException(UsageErrors.Describe(parse));
            }

            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null });
        }
        catch (UsageException ex)
        {
            context.Fail(ex.Message);
            stderr.WriteLine(ToolCommandLine.HelpHint);
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
        finally
        {
            CultureInfo.CurrentUICulture = uiCulture;
        }
    }

    /// <summary>No response files: an argument starting with @ is a file name, as it always was.</summary>
    private static ParserConfiguration Parsing => new() { ResponseFileTokenReplacer = null };

    /// <summary>The culture --culture names wherever it stands (English when absent or not one the tool speaks).</summary>
    private static CultureInfo ChosenCulture(ParseResult parse)
    {
        for (SymbolResult? result = parse.CommandResult; result is not null; result = result.Parent)
        {
            if (result is CommandResult command && command.Children.OfType<OptionResult>().FirstOrDefault(o => o.Option.Name == "--culture") is { Tokens: [var token] }
                && (token.Value.StartsWith("zh", StringComparison.OrdinalIgnoreCase) || token.Value.StartsWith("en", StringComparison.OrdinalIgnoreCase)))
            {
                return CommonOptions.ParseCulture(token.Value);
            }
        }

        return CommonOptions.English;
    }
}
