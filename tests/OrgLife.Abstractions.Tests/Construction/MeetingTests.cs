using NodaTime;
using OrgLife.Meetings;

namespace OrgLife.Abstractions.Tests.Construction;

public sealed class MeetingTests
{
    private static readonly LocalDateTime Nine = new(2025, 1, 20, 9, 0);
    private static readonly LocalDateTime Eight = new(2025, 1, 20, 8, 0);

    [Fact]
    public void A_meeting_that_ends_before_it_starts_is_rejected_naming_both_times()
    {
        var error = Assert.Throws<ArgumentException>(() => new Meeting { Kind = MeetingKind.OrganizationalLife, Start = Nine, End = Eight });
        Assert.Equal(nameof(Meeting.End), error.ParamName);
        Assert.Contains("2025-01-20 08:00", error.Message, StringComparison.Ordinal);
        Assert.Contains("2025-01-20 09:00", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_meeting_that_ends_before_it_starts_is_rejected_when_the_end_is_given_first()
    {
        var error = Assert.Throws<ArgumentException>(() => new Meeting { Kind = MeetingKind.OrganizationalLife, End = Eight, Start = Nine });
        Assert.Equal(nameof(Meeting.Start), error.ParamName);
    }

    [Fact]
    public void A_with_copy_cannot_move_the_start_after_the_end()
    {
        var meeting = new Meeting { Kind = MeetingKind.OrganizationalLife, Start = Eight, End = Nine };
        Assert.Throws<ArgumentException>(() => meeting with { Start = Nine.PlusMinutes(1) });
    }

    [Fact]
    public void A_meeting_that_ends_when_it_starts_is_allowed()
        => Assert.Equal(Nine, new Meeting { Kind = MeetingKind.DemocraticLife, Start = Nine, End = Nine }.End);

    [Fact]
    public void An_unknown_meeting_kind_is_rejected()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new Meeting { Kind = (MeetingKind)5 });
        Assert.Equal(nameof(Meeting.Kind), error.ParamName);
    }

    [Fact]
    public void An_unknown_meeting_form_is_rejected()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new Meeting { Kind = MeetingKind.OrganizationalLife, Form = (MeetingForm)9 });
        Assert.Equal(nameof(Meeting.Form), error.ParamName);
    }

    [Fact]
    public void A_remark_of_an_unknown_kind_or_from_nobody_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Remark { FromMemberId = "m1", ToMemberId = "m2", Kind = (RemarkKind)3 });
        var error = Assert.Throws<ArgumentException>(() => new Remark { FromMemberId = default, ToMemberId = "m2", Kind = RemarkKind.Criticism });
        Assert.Equal(nameof(Remark.FromMemberId), error.ParamName);
    }

    [Fact]
    public void An_attendance_entry_without_a_member_is_rejected()
    {
        var error = Assert.Throws<ArgumentException>(() => new AttendanceEntry { MemberId = default, Present = true });
        Assert.Equal(nameof(AttendanceEntry.MemberId), error.ParamName);
    }

    [Fact]
    public void Superior_guidance_without_a_representative_name_is_rejected()
    {
        var error = Assert.Throws<ArgumentException>(() => new SuperiorGuidance { RepresentativeName = " " });
        Assert.Equal(nameof(SuperiorGuidance.RepresentativeName), error.ParamName);
    }
}
