using OrgLife.Tally.Forms;

namespace OrgLife.Tally.Box;

/// <summary>The lookups of a form (criteria and levels by name), built once per form and shared by all its boxes.</summary>
internal sealed class FormIndex
{
    private FormIndex(BallotForm form)
    {
        Criteria = new NameIndex(form.Criteria.Select(c => c.Name));
        Committee = new NameIndex(form.CommitteeCriteria.Select(c => c.Name));
        Levels = [.. form.Criteria.Select(c => LevelsOf(c.Scale))];
        CommitteeLevels = [.. form.CommitteeCriteria.Select(c => LevelsOf(c.Scale))];
        Utf8Criteria = new Utf8NameIndex(Criteria, form.Criteria.Select(c => c.Name));
        Utf8Levels = [.. form.Criteria.Select((c, i) => new Utf8NameIndex(Levels[i], c.Scale.Levels.Select(l => l.Name), c.Scale.Levels.Select(l => l.Code), firstValue: 1))];
    }

    internal NameIndex Criteria { get; }

    internal NameIndex Committee { get; }

    internal NameIndex[] Levels { get; }

    internal NameIndex[] CommitteeLevels { get; }

    /// <summary>The candidates' criteria by UTF-8 name, for byte-level readers.</summary>
    internal Utf8NameIndex Utf8Criteria { get; }

    /// <summary>The levels of each candidate criterion by UTF-8 name or code (taken as given, as on the general path).</summary>
    internal Utf8NameIndex[] Utf8Levels { get; }

    internal static FormIndex Of(BallotForm form) => IndexCache<BallotForm, FormIndex>.Of(form, static k => new FormIndex(k));

    // Level names match exactly, codes in any case; both give the 1-based level code.
    private static NameIndex LevelsOf(Scale scale) => new(scale.Levels.Select(l => l.Name), scale.Levels.Select(l => l.Code), firstValue: 1);
}
