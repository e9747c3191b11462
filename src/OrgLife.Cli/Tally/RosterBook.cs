using System.Collections.Immutable;
using OrgLife.Cli.Input;
using OrgLife.Cli.Commands;
using OrgLife.Json;
using OrgLife.Ids;
using OrgLife.Members;
using OrgLife.Records;
using OrgLife.Tally.Box;

namespace OrgLife.Cli.Tally;

/// <summary>
/// --roster: the branches' rosters from branch records (RECORD.json or RECORDS.jsonl). For each branch the
/// candidates are its full members (graded) and its probationary members (listed, never graded: OL404), and the
/// ballots issued are the distinct members of the roster present at the meeting when the record has the attendance
/// (probationary members included unless <c>--probationary-ballots no</c>: docs/tally.md, "Ballots issued"). An
/// attendance entry for a member not on the roster is bad input, named with its path.
/// </summary>
internal sealed class RosterBook
{
    private readonly Dictionary<BranchId, BranchRoster> branches;

    private RosterBook(Dictionary<BranchId, BranchRoster> branches) => this.branches = branches;

    /// <summary>The roster of <paramref name="branch"/>, or null when the file has none.</summary>
    public BranchRoster? Find(BranchId branch) => branches.GetValueOrDefault(branch);

    /// <summary>The rosters of the records in <paramref name="file"/>; any record that cannot be read, has no branch or repeats a branch is bad input.</summary>
    /// <param name="file">The records.</param>
    /// <param name="probationaryBallots">Whether probationary members present receive a ballot (the default: they take part in the 民主评议).</param>
    public static RosterBook Read(string file, bool probationaryBallots = true)
    {
        var records = RecordFiles.IsLines(file)
            ? RecordFiles.ReadLines(file).Select(r => r.Result.Succeeded ? (r.Line, r.Result.Record) : throw new BadInputException(RecordFiles.LineError(file, r.Line, r.Result.Error)))
            : [(1L, RecordFiles.ReadOne(file))];
        return From(records, file, probationaryBallots);
    }

    /// <summary>The rosters of <paramref name="records"/> (records without a branch or repeating one are refused).</summary>
    public static RosterBook Of(IEnumerable<BranchRecord> records) => From(records.Select((r, i) => (i + 1L, r)), "the records", probationaryBallots: true);

    private static RosterBook From(IEnumerable<(long Line, BranchRecord Record)> records, string file, bool probationaryBallots)
    {
        var branches = new Dictionary<BranchId, BranchRoster>();
        foreach (var (line, record) in records)
        {
            var roster = Of(record, probationaryBallots, $"{file} line {line}") ?? throw new BadInputException($"{file} line {line}: $.branch: the record has no branch, so it gives no roster.");
            if (!branches.TryAdd(roster.Branch, roster))
            {
                throw new BadInputException($"{file} line {line}: $.branch.id: the branch '{roster.Branch}' is given twice.");
            }
        }

        return new RosterBook(branches);
    }

    /// <summary>The roster of <paramref name="record"/>'s branch, or null when it has no branch.</summary>
    /// <param name="record">The branch record.</param>
    /// <param name="probationaryBallots">Whether probationary members present receive a ballot.</param>
    /// <param name="where">The record's place, for errors.</param>
    /// <exception cref="BadInputException">An attendance entry names a member not on the roster.</exception>
    public static BranchRoster? Of(BranchRecord record, bool probationaryBallots, string where)
    {
        if (record.Branch is not { } branch)
        {
            return null;
        }

        long? present = null;
        if (record.Meeting?.Attendance is { } attendance)
        {
            var members = new Dictionary<MemberId, Member>();
            foreach (var member in branch.Members)
            {
                members.TryAdd(member.Id, member);
            }

            var voters = new HashSet<MemberId>();
            for (var i = 0; i < attendance.Length; i++)
            {
                var entry = attendance[i];
                if (!members.TryGetValue(entry.MemberId, out var member))
                {
                    throw new BadInputException($"{where}: $.meeting.attendance[{i}].member: '{entry.MemberId}' is not on the branch's roster, so the ballots issued cannot be counted.");
                }

                // Each member present is issued one ballot, however many entries name them.
                if (entry.Present && (probationaryBallots || member.Status != MembershipStatus.Probationary))
                {
                    voters.Add(member.Id);
                }
            }

            present = voters.Count;
        }

        return new BranchRoster(
            branch.Id,
            AssessmentCandidates.FromRoster(branch.Members),
            present,
            branch.Members.ToImmutableDictionary(m => m.Id, m => m.Name))
        {
            OrganizationPath = branch.OrganizationPath,
        };
    }
}

/// <summary>One branch's candidates from its roster.</summary>
/// <param name="Branch">The branch.</param>
/// <param name="Candidates">Full members graded, probationary members listed.</param>
/// <param name="Present">Members present at the meeting (the ballots issued), or null when the record has no attendance.</param>
/// <param name="Names">Each member's name, for the report.</param>
internal sealed record BranchRoster(BranchId Branch, AssessmentCandidates Candidates, long? Present, ImmutableDictionary<MemberId, string> Names)
{
    /// <summary>The branch's organization path from its record (for exported partials); empty when not recorded.</summary>
    public ImmutableArray<string> OrganizationPath { get; init; } = [];
}
