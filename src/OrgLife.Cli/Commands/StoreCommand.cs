using System.CommandLine;
using OrgLife.Cli.Output;
using OrgLife.Cli.Partials;
using OrgLife.Cli.Progress;
using OrgLife.Partials;
using OrgLife.Storage;

namespace OrgLife.Cli.Commands;

/// <summary>
/// <c>orglife store PARTIALS.parquet|PARTIALS.json …</c>: stores partial tallies in the embedded store or PostgreSQL
/// (<see cref="StoreOptions"/>), each replacing what was stored for its assessment and branch, all files in one
/// transaction. Exit 0 when every partial was stored, 2 when a file or partial could not be read (the rest are stored).
/// </summary>
internal static class StoreCommand
{
    public const string Name = "store";

    /// <summary>The command, its files and options, bound to <see cref="Run"/>.</summary>
    public static Command Create(CommandContext context, Labels labels)
    {
        var files = new Argument<string[]>("PARTIALS")
        {
            HelpName = "PARTIALS.parquet|PARTIALS.json",
            Arity = ArgumentArity.OneOrMore,
            Description = labels.Pick("Files of partial tallies (from 'orglife tally … --export').", "部分计票结果文件（来自 'orglife tally … --export'）。"),
        };
        var store = new StoreOptions(labels);
        var progress = CommonOptions.Progress(labels, context);
        var command = new ToolCommand(Name, labels.Pick(
            "Store partial tallies (from tally --export) in the embedded store (a DuckDB file, default orglife-partials.duckdb) or PostgreSQL; a branch stored again replaces its earlier counts.",
            "将部分计票结果（来自 tally --export）存入嵌入式存储（DuckDB 文件，默认 orglife-partials.duckdb）或 PostgreSQL；同一支部再次存入时替换先前的计数。"),
            "'store' needs at least one file of partials: FILE.parquet or FILE.json (from 'orglife tally … --export').")
        {
            files,
        };
        foreach (var option in store.All)
        {
            command.Add(option);
        }

        command.Add(progress);
        command.SetAction(parse => Run(parse.GetRequiredValue(files), () => store.Open(parse, context), progress.ValueIn(parse).On, context));
        return command;
    }

    private static int Run(string[] files, Func<PartialStore> openStore, bool showProgress, CommandContext context)
    {
        var partials = new List<PartialTally>();
        var problems = 0;
        foreach (var file in files)
        {
            var read = PartialFiles.Read(file, context.Cancellation);
            partials.AddRange(read.Partials);
            foreach (var error in read.Errors)
            {
                context.Fail($"{file}: {error}; not stored.");
                problems++;
            }
        }

        if (partials.Count == 0)
        {
            context.Fail("no partial could be read; nothing stored.");
            return ExitCodes.BadInput;
        }

        long rows = 0;
        var store = openStore();
        try
        {
            using (new TimedProgress(context.Error, showProgress, () => $"storing: {Interlocked.Read(ref rows):N0} rows written"))
            {
                store.SubmitAsync(partials, new Counter(value => Interlocked.Exchange(ref rows, value)), context.Cancellation).GetAwaiter().GetResult();
            }
        }
        finally
        {
            store.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        context.Out.WriteLine($"stored {partials.Count} partial(s), {Interlocked.Read(ref rows)} row(s), in schema {store.Schema.Name}; a branch stored before was replaced.");
        return problems > 0 ? ExitCodes.BadInput : ExitCodes.Success;
    }

    /// <summary>Reports synchronously (a <see cref="System.Progress{T}"/> would post to the thread pool, after the work).</summary>
    private sealed class Counter(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }
}
