namespace OrgLife.Tally.Reports;

/// <summary>The weight of one criterion's mean points in a candidate's total (e.g. 理想信念 × 0.2).</summary>
/// <param name="Criterion">The candidate criterion's name.</param>
/// <param name="Weight">The weight, above 0.</param>
public sealed record CriterionWeight(string Criterion, decimal Weight);
