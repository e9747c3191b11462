using NodaTime;

namespace OrgLife.Cli.Schedule;

/// <summary>What a printed schedule is of: the source file's name, the branch ID, the policy and the as-of date.</summary>
/// <param name="Source">The record file's name (<c>stdin</c> for standard input).</param>
/// <param name="Branch">The branch ID (<c>branch</c> when the record has no branch).</param>
/// <param name="Policy">The policy's name.</param>
/// <param name="AsOf">The date the statuses are as of.</param>
internal sealed record ScheduleHeading(string Source, string Branch, string Policy, LocalDate AsOf);
