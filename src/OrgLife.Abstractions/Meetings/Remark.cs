using OrgLife.Ids;

namespace OrgLife.Meetings;

/// <summary>One remark in the mutual criticism (相互批评): who said it, to whom, and of what kind.</summary>
public sealed record Remark
{
    /// <summary>The participant who made the remark.</summary>
    public required MemberId FromMemberId
    {
        get;
        init => field = value.IsDefault ? throw new ArgumentException("Remark.FromMemberId must not be empty.", nameof(FromMemberId)) : value;
    }

    /// <summary>The examinee the remark was addressed to.</summary>
    public required MemberId ToMemberId
    {
        get;
        init => field = value.IsDefault ? throw new ArgumentException("Remark.ToMemberId must not be empty.", nameof(ToMemberId)) : value;
    }

    /// <summary>A criticism or a work suggestion.</summary>
    public required RemarkKind Kind
    {
        get;
        init => field = Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(nameof(Kind), value, "Remark.Kind: unknown remark kind.");
    }
}
