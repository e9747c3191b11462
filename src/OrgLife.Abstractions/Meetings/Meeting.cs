using System.Collections.Immutable;
using NodaTime;
using OrgLife.Ids;

namespace OrgLife.Meetings;

/// <summary>
/// The meeting itself (rules OL2xx): its kind and form, when it was held, who chaired and
/// attended, its agenda, the mutual criticism and the superior's guidance. Every part but the
/// kind is optional: null means "not recorded".
/// </summary>
public sealed record Meeting
{
    /// <summary>组织生活会 or 民主生活会.</summary>
    public required MeetingKind Kind
    {
        get;
        init => field = Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(nameof(Kind), value, "Meeting.Kind: unknown meeting kind.");
    }

    /// <summary>The form (支委会, 党员大会, 党小组会); null for a 民主生活会 or when not recorded.</summary>
    public MeetingForm? Form
    {
        get;
        init => field = value is null || Enum.IsDefined(value.Value) ? value : throw new ArgumentOutOfRangeException(nameof(Form), value, "Meeting.Form: unknown meeting form.");
    }

    /// <summary>True for a thematic meeting (专题组织生活会), false for one recorded as not thematic, null when not recorded (OL209 is then not evaluated).</summary>
    public bool? IsThematic { get; init; }

    /// <summary>The date of the meeting in the branch's time zone.</summary>
    public LocalDate? Date { get; init; }

    /// <summary>When the meeting started, local to the branch; used for the minimum duration (OL209).</summary>
    public LocalDateTime? Start
    {
        get;
        init
        {
            ThrowIfEndBeforeStart(value, End, nameof(Start));
            field = value;
        }
    }

    /// <summary>When the meeting ended, local to the branch; must not be before <see cref="Start"/>.</summary>
    public LocalDateTime? End
    {
        get;
        init
        {
            ThrowIfEndBeforeStart(Start, value, nameof(End));
            field = value;
        }
    }

    /// <summary>The member who chaired (主持人).</summary>
    public MemberId? ChairId { get; init; }

    /// <summary>Attendance of every member of the roster who was expected; applies to each part whose own attendance is not recorded.</summary>
    public ImmutableArray<AttendanceEntry>? Attendance { get; init; }

    /// <summary>
    /// The parts of the meeting in the order they were held (支委会, 党员大会, each 党小组会), each with who attended it;
    /// null when not recorded, and then <see cref="Attendance"/> applies to every part.
    /// </summary>
    public ImmutableArray<MeetingPart>? Parts { get; init; }

    /// <summary>The steps of the meeting in the order they took place.</summary>
    public ImmutableArray<AgendaStep>? Agenda { get; init; }

    /// <summary>The order in which participants gave their self-examination (对照检查).</summary>
    public ImmutableArray<MemberId>? SelfExaminationOrder { get; init; }

    /// <summary>The remarks of the mutual criticism.</summary>
    public ImmutableArray<Remark>? Remarks { get; init; }

    /// <summary>True when a representative of the superior organization attended; null when not recorded.</summary>
    public bool? SuperiorRepresentativeAttended { get; init; }

    /// <summary>Who the superior's representative was and whether they commented.</summary>
    public SuperiorGuidance? SuperiorGuidance { get; init; }

    /// <summary>True when the meeting or the evaluation was held online (OL208).</summary>
    public bool? IsOnline { get; init; }

    /// <summary>True when minutes were kept (会议记录).</summary>
    public bool? MinutesKept { get; init; }

    /// <summary>
    /// True when self- and peer evaluation were split into party groups (分党小组). The 党小组会 form always is such a split:
    /// a flag that contradicts <see cref="Form"/> is reported (OL213), and with a recorded form the flag may be left out.
    /// </summary>
    public bool? EvaluationSplitIntoPartyGroups { get; init; }

    /// <summary>
    /// 年度 — the year the meeting is held for (OL508): the 2018年度 meeting may be held up to the campaign deadline in
    /// 2019. Null when not recorded: a meeting on or before the policy's campaign deadline in the first quarter then counts
    /// for the previous year, any other for its calendar year.
    /// </summary>
    public int? ForYear
    {
        get;
        init => field = value is null or (>= 1 and <= 9999) ? value : throw new ArgumentOutOfRangeException(nameof(ForYear), value, "Meeting.ForYear must be a year from 1 to 9999.");
    }

    /// <summary>经上级党组织同意延期 — a postponement of the meeting the superior approved, with its new date (OL507, OL508); null when none is recorded.</summary>
    public PostponementApproval? Postponement { get; init; }

    // Checked from both setters: an object initializer or a `with` may set Start and End in either order.
    private static void ThrowIfEndBeforeStart(LocalDateTime? start, LocalDateTime? end, string field)
    {
        if (start is { } s && end is { } e && e < s)
        {
            throw new ArgumentException($"Meeting.End {e:uuuu-MM-dd HH:mm} is before Meeting.Start {s:uuuu-MM-dd HH:mm}.", field);
        }
    }
}
