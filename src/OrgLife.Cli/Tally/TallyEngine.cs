using OrgLife.Ids;
using OrgLife.Tally.Box;
using OrgLife.Tally.Formats;
using OrgLife.Tally.Forms;
using OrgLife.Tally.Merging;
using OrgLife.Tally.Reports;

namespace OrgLife.Cli.Tally;

/// <summary>
/// Tallies the CSV long format branch by branch through <see cref="CsvBallotReader"/>. Each branch's box gets its
/// candidates and ballots issued from the roster when one is given (<see cref="RosterBook"/>), else from the CSV
/// itself: every member ID marked on the branch's ballots is a graded candidate and the ballots issued are the
/// ballots returned (read a step ahead by <see cref="CsvBranchCensus"/>, with the reader's own grammar, on a second
/// stream of the same input).
/// </summary>
/// <param name="form">The ballot form.</param>
/// <param name="rule">The suggestion rule.</param>
/// <param name="rosters">The rosters, or null to take the candidates from the CSV.</param>
/// <param name="minimumCategoryBallots">OL405's k: the fewest ballots a voter category's breakdown may show.</param>
internal sealed class TallyEngine(BallotForm form, SuggestionRule rule, RosterBook? rosters, int minimumCategoryBallots = BranchResult.DefaultMinimumCategoryBallots)
{
    private readonly ReportOptions options = new() { MinimumCategoryBallots = minimumCategoryBallots };

    public BallotForm Form => form;

    public SuggestionRule Rule => rule;

    /// <summary>
    /// The branches tallied from the file on <paramref name="workers"/> cores (<see cref="CsvParallelTally"/>), in input
    /// order, each rendered on its worker, with the row errors told in line order; or null — nothing told — when the
    /// file is read the sequential way (<see cref="Run"/>): a roster is given (its notices come in input order), the
    /// file is small, or its rows are apart. Only the tally and the rendered text are kept per branch, not the report.
    /// </summary>
    /// <param name="open">Opens the file from its start (called once per chunk, concurrently).</param>
    /// <param name="render">Renders a branch's output on its worker; null when nothing is printed per branch (no report is then made).</param>
    /// <param name="tallied">Told of every branch's tally on its worker (to roll it up there), before it is rendered; nothing told is kept when the result is null.</param>
    /// <param name="onRowError">Told of every row skipped.</param>
    /// <param name="workers">The cores to use.</param>
    /// <param name="wishedCuts">Where to cut the file (near), or null for <see cref="CsvParallelTally"/>'s choice.</param>
    /// <param name="cancellationToken">Stops the reading between chunks.</param>
    public IReadOnlyList<RenderedBranch>? TryRunParallel(Func<Stream> open, Func<BranchResult, OrgLife.Cli.Output.Utf8Text>? render, Action<BranchTally> tallied, Action<CsvRowError> onRowError, int workers, IReadOnlyList<long>? wishedCuts, CancellationToken cancellationToken)
    {
        if (rosters is not null || workers < 2)
        {
            return null;
        }

        BallotBox? OpenBox(BranchId branch, Func<BranchCensus> census) =>
            census() is var seen ? new BallotBox(form, new AssessmentCandidates(seen.Candidates), seen.Ballots) : null;
        RenderedBranch Finish(BranchTally branch)
        {
            tallied(branch);
            return new(branch.Branch, branch.Tally, render?.Invoke(new BranchResult(branch.Branch, branch.Tally, branch.Tally.ToReport(rule, null, options), null)));
        }

        return wishedCuts is null
            ? CsvParallelTally.TryRead(open, form, OpenBox, Finish, onRowError, workers, cancellationToken)
            : CsvParallelTally.TryRead(open, wishedCuts, form, OpenBox, Finish, onRowError, workers, cancellationToken);
    }

    /// <summary>The branches tallied from <paramref name="csv"/>, each as soon as it ends.</summary>
    /// <param name="csv">The input, read once to its end.</param>
    /// <param name="openAhead">Opens the same input again from its start, for the candidates and ballots (only when no roster gives them).</param>
    /// <param name="onRowError">Told of every row skipped.</param>
    /// <param name="onNotice">Told of every branch whose rows are not counted (not in the roster file).</param>
    /// <exception cref="InvalidDataException">The CSV is empty or its header is malformed.</exception>
    public IEnumerable<BranchResult> Run(Stream csv, Func<Stream> openAhead, Action<CsvRowError> onRowError, Action<string> onNotice)
    {
        Stream? aheadStream = null;
        IEnumerator<BranchCensus>? ahead = null;
        var opened = new Dictionary<BranchId, BranchRoster?>();
        try
        {
            // The census of the branch's next run; runs of branches opened without it (a roster gave their
            // ballots, or none was opened) are passed over.
            BranchCensus Census(BranchId branch)
            {
                ahead ??= CsvBranchCensus.Read(aheadStream = openAhead(), form).GetEnumerator();
                while (ahead.MoveNext())
                {
                    if (ahead.Current.Branch == branch)
                    {
                        return ahead.Current;
                    }
                }

                return new BranchCensus(branch, [], 0);
            }

            BallotBox? OpenBox(BranchId branch)
            {
                var roster = rosters?.Find(branch);
                if (rosters is not null && roster is null)
                {
                    onNotice($"branch '{branch}' is not in the roster file; its rows are not counted.");
                    return null;
                }

                opened[branch] = roster;
                if (roster is { Present: { } present })
                {
                    return new BallotBox(form, roster.Candidates, present);
                }

                var seen = Census(branch);
                return new BallotBox(form, roster?.Candidates ?? new AssessmentCandidates(seen.Candidates), seen.Ballots);
            }

            foreach (var branch in new CsvBallotReader(OpenBox, onRowError).Read(csv))
            {
                opened.Remove(branch.Branch, out var roster);
                yield return new BranchResult(branch.Branch, branch.Tally, branch.Tally.ToReport(rule, null, options), roster, IssuedKnown: roster?.Present is not null);
            }
        }
        finally
        {
            ahead?.Dispose();
            aheadStream?.Dispose();
        }
    }
}

/// <summary>A branch tallied on a worker: its tally and its rendered output (null when nothing is printed per branch).</summary>
/// <param name="Branch">The branch.</param>
/// <param name="Tally">Its tally.</param>
/// <param name="Output">Its report as printed, or null.</param>
internal sealed record RenderedBranch(BranchId Branch, OrgLife.Tally.Merging.AssessmentTally Tally, OrgLife.Cli.Output.Utf8Text? Output);
