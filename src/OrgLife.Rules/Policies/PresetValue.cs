using OrgLife.Findings;

namespace OrgLife.Rules.Policies;

/// <summary>One knob of a built-in preset: its value and the sentence it comes from (docs/rules.md lists them all).</summary>
/// <param name="Knob">The knob, as the <see cref="OrgLifePolicy"/> property (with the rules it affects), for example <c>MemberNoticeDays (OL106)</c>.</param>
/// <param name="Value">The value, as invariant text.</param>
/// <param name="Source">The sentence the value comes from.</param>
/// <param name="Inherited">True when the preset's document is silent and the value is the national default's.</param>
/// <param name="Note">Why, where the sentence alone does not say (a knob's other value, a least-demanding choice); null otherwise.</param>
public sealed record PresetValue(string Knob, string Value, SourceCitation Source, bool Inherited, string? Note);
