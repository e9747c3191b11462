using Ardalis.GuardClauses;
using Microsoft.Extensions.Options;
using OrgLife.Ids;
using OrgLife.Tally.Box;
using OrgLife.Tally.Formats;

namespace OrgLife.Tally.DependencyInjection;

/// <summary>Makes <see cref="CsvBallotReader"/>s with the configured <see cref="TallyOptions.RegroupLimit"/>; registered by <c>AddOrgLifeTally</c>. Thread safe (each reader is not: make one per input).</summary>
public sealed class CsvBallotReaderFactory
{
    private readonly int regroupLimit;

    /// <summary>Creates the factory.</summary>
    /// <param name="options">The tally options.</param>
    public CsvBallotReaderFactory(IOptions<TallyOptions> options)
    {
        Guard.Against.Null(options);
        regroupLimit = Guard.Against.OutOfRange(options.Value.RegroupLimit, "TallyOptions.RegroupLimit", 1, CsvBallotReader.MaxRegroupLimit);
    }

    /// <summary>A new reader.</summary>
    /// <param name="openBox">Opens the ballot box of a branch when its first row is read; null skips the branch's rows as unknown.</param>
    /// <param name="onRowError">Told of every skipped row, or null.</param>
    /// <returns>The reader.</returns>
    public CsvBallotReader Create(Func<BranchId, BallotBox?> openBox, Action<CsvRowError>? onRowError = null)
        => new(openBox, onRowError) { RegroupLimit = regroupLimit };
}
