using OrgLife.Cli.Partials;
using OrgLife.Cli.Progress;
using OrgLife.Partials;

namespace OrgLife.Cli.Commands;

/// <summary>
/// <c>orglife store PARTIALS.parquet|PARTIALS.json …</c>: stores partial tallies in the embedded store or PostgreSQL
/// (<see cref="StoreOptions"/>), each replacing what was stored for its assessment and branch, all files in one
/// transaction. Exit 0 when every partial was stored, 2 when a file or partial could not be read (the rest are stored).
/// </summary>
internal static class StoreCommand
{
    public const string Name = "store";

    public static int Run(Arguments arguments, CommandContext context)
    {
        arguments.AllowOnly(Name, [.. StoreOptions.Names, "progress"]);
        if (arguments.Positionals.Length == 0)
        {
            throw new UsageException("'store' needs at least one file of partials: FILE.parquet or FILE.json (from 'orglife tally … --export').");
        }

        var showProgress = CommonOptions.Progress(arguments, context);
        StoreOptions.Schema(arguments);
        var partials = new List<PartialTally>();
        var problems = 0;
        foreach (var file in arguments.Positionals)
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
        var store = StoreOptions.Open(arguments, context);
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
