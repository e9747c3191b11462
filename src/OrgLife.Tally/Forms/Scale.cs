using System.Collections.Immutable;
using System.Globalization;
using OrgLife.Grades;

namespace OrgLife.Tally.Forms;

/// <summary>
/// The scale of one criterion: its ordered levels (best first) or its score range and grade bands.
/// Immutable and validated when made: a scale that exists is usable. Compared by value.
/// </summary>
public sealed class Scale : IEquatable<Scale>
{
    /// <summary>The largest number of levels of an ordered (custom) scale.</summary>
    public const int MaxOrderedLevels = 8;

    /// <summary>The largest number of values of a whole-number score range (each value is one kernel level, codes 1…254).</summary>
    public const int MaxScoreValues = 254;

    /// <summary>
    /// The largest number of values of a one-decimal score range (0.0–100.0 is 1,001): counted exactly through the
    /// ballot box's two-byte code path, not the one-byte kernel.
    /// </summary>
    public const int MaxTenthsValues = 1001;

    private Scale(ScaleKind kind, ImmutableArray<ScaleLevel> levels, int scoreMin, int scoreMax, ImmutableArray<ScoreBand> bands, int decimals = 0)
    {
        Kind = kind;
        Levels = levels;
        ScoreMin = scoreMin;
        ScoreMax = scoreMax;
        Bands = bands;
        Decimals = decimals;
    }

    /// <summary>优秀/合格/基本合格/不合格 — the four grades of the determination.</summary>
    public static Scale FourGrades { get; } = new(
        ScaleKind.FourGrades,
        [
            new("优秀", "excellent", Grade.Excellent),
            new("合格", "qualified", Grade.Qualified),
            new("基本合格", "basically-qualified", Grade.BasicallyQualified),
            new("不合格", "unqualified", Grade.Unqualified),
        ],
        0,
        0,
        []);

    /// <summary>好/一般/差 — good, fair, poor.</summary>
    public static Scale GoodFairPoor { get; } = new(
        ScaleKind.GoodFairPoor,
        [new("好", "good"), new("一般", "fair"), new("差", "poor")],
        0,
        0,
        []);

    /// <summary>满意/基本满意/不满意 — satisfied, basically satisfied, dissatisfied.</summary>
    public static Scale Satisfaction { get; } = new(
        ScaleKind.Satisfaction,
        [new("满意", "satisfied"), new("基本满意", "basically-satisfied"), new("不满意", "dissatisfied")],
        0,
        0,
        []);

    /// <summary>What kind of scale this is.</summary>
    public ScaleKind Kind { get; }

    /// <summary>The ordered levels, best first; empty for a score scale.</summary>
    public ImmutableArray<ScaleLevel> Levels { get; }

    /// <summary>The lowest score of a score scale, in units of <see cref="Unit"/> (tenths on a one-decimal scale); 0 for other kinds.</summary>
    public int ScoreMin { get; }

    /// <summary>The highest score of a score scale, in units of <see cref="Unit"/>; 0 for other kinds.</summary>
    public int ScoreMax { get; }

    /// <summary>The grade bands of a score scale, in the order defined, their ends in units of <see cref="Unit"/>; empty for other kinds.</summary>
    public ImmutableArray<ScoreBand> Bands { get; }

    /// <summary>The decimals of a score: 0 for whole scores, 1 for one-decimal scores (0.0–100.0); 0 for other kinds.</summary>
    public int Decimals { get; }

    /// <summary>What one unit of <see cref="ScoreMin"/>, <see cref="ScoreMax"/> and the bands is worth: 1, or 0.1 on a one-decimal scale.</summary>
    public decimal Unit => Decimals == 0 ? 1m : 0.1m;

    /// <summary>True for a score range.</summary>
    public bool IsScore => Kind == ScaleKind.Score;

    /// <summary>
    /// The number of distinct marks a voter can make, which is the column's kernel level count:
    /// the number of levels, or for a score range <c>max − min + 1</c> in units (a score is stored as <c>score − min + 1</c>;
    /// above <see cref="MaxScoreValues"/> only on a one-decimal scale, whose codes take two bytes in the box).
    /// </summary>
    public int LevelCount => IsScore ? ScoreMax - ScoreMin + 1 : Levels.Length;

    /// <summary>Creates a vendor's ordered scale of 1 to 8 levels, best first.</summary>
    /// <param name="levels">The levels, best first: unique names and unique codes.</param>
    /// <exception cref="BallotFormException">The scale is empty, too long or repeats a name or code.</exception>
    public static Scale Custom(IEnumerable<ScaleLevel> levels)
    {
        ArgumentNullException.ThrowIfNull(levels);
        var problems = new List<FormProblem>();
        var scale = TryCustom([.. levels], "scale", problems);
        return scale ?? throw new BallotFormException(problems);
    }

    /// <summary>
    /// Creates a one-decimal score range (e.g. 0.0–100.0): every bound in tenths — <c>TenthsRange(0, 1000, [new(900,
    /// 1000, 优秀), new(750, 899, 合格), …])</c> for 90.0–100.0 优秀, 75.0–89.9 合格. A score is kept exactly as its
    /// number of tenths; means and sums are exact fractions of them.
    /// </summary>
    /// <param name="minTenths">The lowest score, in tenths.</param>
    /// <param name="maxTenths">The highest score, in tenths; at most 1,000 above <paramref name="minTenths"/>.</param>
    /// <param name="bands">Bands in tenths that cover the range exactly, without gaps or overlaps.</param>
    /// <exception cref="BallotFormException">The range is empty or too wide, or the bands leave a gap or overlap.</exception>
    public static Scale TenthsRange(int minTenths, int maxTenths, IEnumerable<ScoreBand> bands)
    {
        ArgumentNullException.ThrowIfNull(bands);
        var problems = new List<FormProblem>();
        var scale = TryScoreRange(minTenths, maxTenths, [.. bands], "scale", problems, decimals: 1);
        return scale ?? throw new BallotFormException(problems);
    }

    /// <summary>Creates a whole-number score range with the bands that map scores to grades.</summary>
    /// <param name="min">The lowest score.</param>
    /// <param name="max">The highest score; at most 253 above <paramref name="min"/>.</param>
    /// <param name="bands">Bands that cover <paramref name="min"/>…<paramref name="max"/> exactly, without gaps or overlaps.</param>
    /// <exception cref="BallotFormException">The range is empty or too wide, or the bands leave a gap or overlap.</exception>
    public static Scale ScoreRange(int min, int max, IEnumerable<ScoreBand> bands)
    {
        ArgumentNullException.ThrowIfNull(bands);
        var problems = new List<FormProblem>();
        var scale = TryScoreRange(min, max, [.. bands], "scale", problems);
        return scale ?? throw new BallotFormException(problems);
    }

    /// <summary>True when every opinion level carries points, or this is a score range (whose points are the scores).</summary>
    public bool HasPoints => IsScore || Levels.Where(l => !l.IsNonOpinion).All(l => l.Points is not null);

    /// <summary>
    /// This scale with points on its levels, in level order (e.g. 好 10, 一般 6, 差 2 on 好/一般/差); the kind stays.
    /// </summary>
    /// <param name="points">One value per level, each 0 or more.</param>
    /// <exception cref="BallotFormException">The scale is a score range, or the number of points differs from the levels, or a value is negative.</exception>
    public Scale WithPoints(IEnumerable<decimal> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var problems = new List<FormProblem>();
        var scale = TryWithPoints([.. points], "scale.points", problems);
        return scale ?? throw new BallotFormException(problems);
    }

    /// <summary>The points of a mark at a 1-based level: the score on a score range, the level's points otherwise (null when it has none).</summary>
    /// <param name="level">1…<see cref="LevelCount"/>.</param>
    public decimal? PointsOf(int level) => IsScore ? (ScoreMin + level - 1) * Unit : Levels[level - 1].Points;

    /// <summary>True when the 1-based level is an explicit non-opinion (不了解).</summary>
    /// <param name="level">1…<see cref="LevelCount"/>.</param>
    public bool IsNonOpinion(int level) => !IsScore && Levels[level - 1].IsNonOpinion;

    /// <summary>The grade a score stands for under this scale's bands; null for a score outside the range.</summary>
    /// <param name="score">A score, in units of <see cref="Unit"/>.</param>
    /// <exception cref="InvalidOperationException">The scale is not a score range.</exception>
    public Grade? GradeOfScore(int score)
    {
        if (!IsScore)
        {
            throw new InvalidOperationException($"A {Kind} scale has no score bands.");
        }

        foreach (var band in Bands)
        {
            if (band.Contains(score))
            {
                return band.Grade;
            }
        }

        return null;
    }

    /// <summary>The printed text of a level (1-based): the level's name, or for a score range the score itself.</summary>
    /// <param name="level">1…<see cref="LevelCount"/>.</param>
    public string LevelName(int level)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(level, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(level, LevelCount);
        return IsScore ? ScoreText(ScoreMin + level - 1) : Levels[level - 1].Name;
    }

    /// <summary>A score in units of <see cref="Unit"/> as printed: <c>95</c>, or <c>89.5</c> / <c>90.0</c> on a one-decimal scale.</summary>
    /// <param name="units">The score in units.</param>
    public string ScoreText(int units) =>
        Decimals == 0 ? units.ToString(CultureInfo.InvariantCulture) : (units * 0.1m).ToString("0.0", CultureInfo.InvariantCulture);

    /// <summary>
    /// Reads a score as written on a ballot into units of <see cref="Unit"/>: an optional sign and digits, and on a
    /// one-decimal scale at most one digit after a point (<c>89.5</c>, <c>90</c>, <c>90.0</c>; not <c>89.55</c>).
    /// False for anything else; the range is not checked.
    /// </summary>
    /// <param name="text">The text, taken as given (nothing trimmed).</param>
    /// <param name="units">The score in units.</param>
    internal bool TryReadScore(ReadOnlySpan<char> text, out int units)
    {
        if (Decimals == 0)
        {
            return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out units);
        }

        units = 0;
        var point = text.IndexOf('.');
        if (point >= 0 && (text.Length - point - 1 != 1 || point == 0 || !char.IsAsciiDigit(text[point - 1])))
        {
            return false;
        }

        if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            || value * 10m is var tenths && (tenths != decimal.Truncate(tenths) || tenths > int.MaxValue || tenths < int.MinValue))
        {
            return false;
        }

        units = (int)tenths;
        return true;
    }

    /// <inheritdoc />
    public bool Equals(Scale? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Kind == other.Kind && ScoreMin == other.ScoreMin && ScoreMax == other.ScoreMax && Decimals == other.Decimals
                && Levels.SequenceEqual(other.Levels) && Bands.SequenceEqual(other.Bands)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Scale);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, ScoreMin, ScoreMax, Decimals, Levels.Length, Bands.Length);

    /// <summary>Puts points on the levels or records why not.</summary>
    internal Scale? TryWithPoints(ImmutableArray<decimal> points, string path, List<FormProblem> problems)
    {
        if (IsScore)
        {
            problems.Add(new(path, "a score range has its scores as points; points go on ordered levels only."));
            return null;
        }

        if (points.Length != Levels.Length)
        {
            problems.Add(new(path, $"{points.Length} points for {Levels.Length} levels; give one per level."));
            return null;
        }

        if (points.Any(p => p < 0m))
        {
            problems.Add(new(path, "points are 0 or more."));
            return null;
        }

        return new Scale(Kind, [.. Levels.Select((l, i) => l with { Points = l.IsNonOpinion ? null : points[i] })], 0, 0, []);
    }

    /// <summary>Builds a custom scale or records why not.</summary>
    internal static Scale? TryCustom(ImmutableArray<ScaleLevel> levels, string path, List<FormProblem> problems)
    {
        var before = problems.Count;
        if (levels.IsDefaultOrEmpty)
        {
            problems.Add(new(path + ".levels", "a scale needs at least one level."));
            return null;
        }

        if (levels.Length > MaxOrderedLevels)
        {
            problems.Add(new(path + ".levels", $"a scale has at most {MaxOrderedLevels} levels, this one has {levels.Length}."));
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        var codes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < levels.Length; i++)
        {
            var level = levels[i];
            var at = $"{path}.levels[{i}]";
            if (level is null)
            {
                problems.Add(new(at, "a level must not be null."));
                continue;
            }

            NameCheck.RequireUnique(level.Name, names, at + ".name", "level", problems);

            if (string.IsNullOrWhiteSpace(level.Code) || level.Code.Any(char.IsWhiteSpace))
            {
                problems.Add(new(at + ".code", "a level needs a code without white space."));
            }
            else if (!codes.Add(level.Code))
            {
                problems.Add(new(at + ".code", $"the level code '{level.Code}' appears twice."));
            }
            else if (names.Contains(level.Code) && !string.Equals(level.Code, level.Name, StringComparison.Ordinal))
            {
                problems.Add(new(at + ".code", $"the level code '{level.Code}' is also another level's name."));
            }

            if (level.Grade is { } grade && !Enum.IsDefined(grade))
            {
                problems.Add(new(at + ".grade", $"unknown grade {grade}."));
            }

            if (level.IsNonOpinion && (level.Grade is not null || level.Points is not null))
            {
                problems.Add(new(at, "a non-opinion level (不了解) has no grade and no points."));
            }

            if (level.Points is < 0m)
            {
                problems.Add(new(at + ".points", "points are 0 or more."));
            }
        }

        return problems.Count == before ? new Scale(ScaleKind.Custom, levels, 0, 0, []) : null;
    }

    /// <summary>Builds a score range or records why not.</summary>
    internal static Scale? TryScoreRange(int min, int max, ImmutableArray<ScoreBand> bands, string path, List<FormProblem> problems, int decimals = 0)
    {
        var before = problems.Count;
        var at = new Scale(ScaleKind.Score, [], 0, 0, [], decimals);
        string Text(int units) => at.ScoreText(units);
        if (max < min)
        {
            problems.Add(new(path, $"the score range {Text(min)}–{Text(max)} is empty."));
            return null;
        }

        var most = decimals == 0 ? MaxScoreValues : MaxTenthsValues;
        if ((long)max - min + 1 > most)
        {
            problems.Add(new(path, $"the score range {Text(min)}–{Text(max)} has {(long)max - min + 1} values; at most {most} are allowed."));
            return null;
        }

        if (bands.IsDefaultOrEmpty)
        {
            problems.Add(new(path + ".bands", "a score range needs grade bands covering it."));
            return null;
        }

        for (var i = 0; i < bands.Length; i++)
        {
            var band = bands[i];
            var bandPath = $"{path}.bands[{i}]";
            if (band is null)
            {
                problems.Add(new(bandPath, "a band must not be null."));
            }
            else if (band.Max < band.Min)
            {
                problems.Add(new(bandPath, $"the band {Text(band.Min)}–{Text(band.Max)} is empty."));
            }
            else if (!Enum.IsDefined(band.Grade))
            {
                problems.Add(new(bandPath + ".grade", $"unknown grade {band.Grade}."));
            }
        }

        if (problems.Count != before)
        {
            return null;
        }

        // Every score must fall in exactly one band: walk the range once.
        for (var score = min; score <= max; score++)
        {
            var holders = 0;
            foreach (var band in bands)
            {
                holders += band.Contains(score) ? 1 : 0;
            }

            if (holders == 0)
            {
                problems.Add(new(path + ".bands", $"the score {Text(score)} is in no band; the bands must cover {Text(min)}–{Text(max)}."));
                break;
            }

            if (holders > 1)
            {
                problems.Add(new(path + ".bands", $"the score {Text(score)} is in {holders} bands; bands must not overlap."));
                break;
            }
        }

        foreach (var band in bands)
        {
            if (band.Min < min || band.Max > max)
            {
                problems.Add(new(path + ".bands", $"the band {Text(band.Min)}–{Text(band.Max)} reaches outside the range {Text(min)}–{Text(max)}."));
                break;
            }
        }

        return problems.Count == before ? new Scale(ScaleKind.Score, [], min, max, bands, decimals) : null;
    }
}
