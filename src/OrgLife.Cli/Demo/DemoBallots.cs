using System.Globalization;
using System.Text;
using OrgLife.Grades;
using OrgLife.Ids;
using OrgLife.Members;
using OrgLife.Records;
using OrgLife.Tally.Forms;

namespace OrgLife.Cli.Demo;

/// <summary>
/// The demo branch's 民主测评 ballots in the CSV long format, made deterministically from its record: one ballot
/// issued to each of the 20 members present (serials 01–20). 20 come back, but one is a second copy of ballot 07
/// (rejected, OL402) and ballot 20 is missing, so 19 are valid. Each ballot grades the 20 full members, leaning
/// to the grade of the record's assessment results (so 8 members lead with Excellent, as determined: the
/// planted OL303 breach); ballot 03 leaves m19 blank, ballot 05 ticks two grades for m05 (void, OL403), and a
/// few voters also ticked the probationary members, whose marks are ignored and reported (OL404).
/// </summary>
internal static class DemoBallots
{
    /// <summary>The serial of the ballot handed in twice.</summary>
    public const string DuplicateSerial = "07";

    private const int Returned = 19;

    public static string Csv(BranchRecord record)
    {
        var branch = record.Branch ?? throw new ArgumentException("The demo record has a branch.", nameof(record));
        var leading = (record.Evaluation?.AssessmentResults ?? []).ToDictionary(r => r.MemberId, r => r.LeadingGrade ?? Grade.Qualified);
        var graded = branch.Members.Where(m => m.Status == MembershipStatus.Full).Select(m => m.Id).ToList();
        var probationary = branch.Members.Where(m => m.Status == MembershipStatus.Probationary).Select(m => m.Id).ToList();
        var csv = new StringBuilder("branch,ballot,candidate,grade\n");
        for (var ballot = 1; ballot <= Returned; ballot++)
        {
            WriteBallot(csv, branch.Id, ballot, graded, probationary, leading);
        }

        WriteBallot(csv, branch.Id, int.Parse(DuplicateSerial, CultureInfo.InvariantCulture), graded, probationary, leading);
        return csv.ToString();
    }

    private static void WriteBallot(StringBuilder csv, BranchId branch, int ballot, List<MemberId> graded, List<MemberId> probationary, Dictionary<MemberId, Grade> leading)
    {
        var serial = ballot.ToString("00", CultureInfo.InvariantCulture);
        for (var k = 1; k <= graded.Count; k++)
        {
            var member = graded[k - 1];
            var grade = Mark(leading.GetValueOrDefault(member, Grade.Qualified), ballot, k);
            Row(csv, branch, serial, member, ballot == 3 && member.Value == "m19" ? null : Name(grade));
            if (ballot == 5 && member.Value == "m05")
            {
                // A second, different grade for the same member: the mark is void.
                Row(csv, branch, serial, member, Name(grade == Grade.Excellent ? Grade.Qualified : Grade.Excellent));
            }
        }

        // Voters who also ticked the probationary members: ballots 01–04 for the first, 01–02 the second, 01 the third.
        for (var p = 0; p < probationary.Count; p++)
        {
            if (ballot <= 4 >> p)
            {
                Row(csv, branch, serial, probationary[p], Name(Grade.Qualified));
            }
        }
    }

    /// <summary>The grade ballot <paramref name="ballot"/> gives the k-th graded member whose leading grade is <paramref name="leading"/>: mostly that grade, some spread.</summary>
    private static Grade Mark(Grade leading, int ballot, int k) => leading switch
    {
        Grade.Excellent => ballot % 4 == k % 4 ? Grade.Qualified : Grade.Excellent,
        Grade.BasicallyQualified => ballot % 3 == 0 ? Grade.Qualified : Grade.BasicallyQualified,
        Grade.Unqualified => ballot % 5 == 0 ? Grade.BasicallyQualified : Grade.Unqualified,
        _ => (ballot + k) % 6 == 0 ? Grade.Excellent : (ballot + (2 * k)) % 9 == 0 ? Grade.BasicallyQualified : Grade.Qualified,
    };

    private static string Name(Grade grade) => Scale.FourGrades.Levels[(int)grade - 1].Name;

    private static void Row(StringBuilder csv, BranchId branch, string serial, MemberId member, string? grade)
        => csv.Append(branch.Value).Append(',').Append(serial).Append(',').Append(member.Value).Append(',').Append(grade).Append('\n');
}
