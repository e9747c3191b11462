using OrgLife.Tally.Forms;

namespace OrgLife.Tally.Box;

/// <summary>Which columns each voter category is asked (a category may answer only some criteria about some candidates).</summary>
internal static class AskedColumns
{
    /// <summary>Per category, the columns it is asked, or null for a category asked every column; null for all when every category asks everything.</summary>
    internal static bool[]?[]? Of(BallotForm form, AssessmentCandidates candidates, ColumnLayout layout)
    {
        if (form.VoterCategories.All(c => c.AsksEverything))
        {
            return null;
        }

        var result = new bool[]?[form.VoterCategories.Length];
        for (var category = 0; category < result.Length; category++)
        {
            var voter = form.VoterCategories[category];
            if (voter.AsksEverything)
            {
                continue;
            }

            var asked = new bool[layout.ColumnCount];
            for (var candidate = 0; candidate < candidates.Graded.Length; candidate++)
            {
                for (var criterion = 0; criterion < form.Criteria.Length; criterion++)
                {
                    asked[layout.CandidateColumn(candidate, criterion)] = voter.Asks(form.Criteria[criterion].Name, candidates.Graded[candidate].Value);
                }
            }

            for (var criterion = 0; criterion < form.CommitteeCriteria.Length; criterion++)
            {
                asked[layout.CommitteeColumn(criterion)] = voter.Asks(form.CommitteeCriteria[criterion].Name, null);
            }

            result[category] = asked;
        }

        return result;
    }
}
