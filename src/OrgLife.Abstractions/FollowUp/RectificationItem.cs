using NodaTime;
using OrgLife.Text;

namespace OrgLife.FollowUp;

/// <summary>整改事项 — one item of the rectification list: the matter, the measures, who is responsible and by when (OL502).</summary>
public sealed record RectificationItem
{
    /// <summary>The vendor's ID or number of the item, used to name it in findings; not empty, no control characters.</summary>
    public required string Id
    {
        get;
        init => field = string.IsNullOrWhiteSpace(value) ? throw new ArgumentException("RectificationItem.Id must not be empty.", nameof(Id))
            : PrintableText.IndexOfControl(value) >= 0 ? throw new ArgumentException($"RectificationItem.Id '{PrintableText.Escape(value)}' holds a control character; IDs must be printable.", nameof(Id))
            : value;
    }

    /// <summary>The matter to rectify (问题).</summary>
    public string? Matter { get; init; }

    /// <summary>The measures (整改措施).</summary>
    public string? Measures { get; init; }

    /// <summary>The person or unit responsible (责任人/责任单位).</summary>
    public string? Responsible { get; init; }

    /// <summary>The deadline (整改时限); must fall after the meeting.</summary>
    public LocalDate? Deadline { get; init; }
}
