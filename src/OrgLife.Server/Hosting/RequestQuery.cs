using System.Globalization;
using NodaTime;
using NodaTime.Text;
using OrgLife.Branches;
using OrgLife.Records;
using OrgLife.Rules.DependencyInjection;
using OrgLife.Rules.Policies;
using OrgLife.Server.Problems;

namespace OrgLife.Server.Hosting;

/// <summary>
/// The query parameters of validate and schedule: <c>policy</c> (a tenant's configured policy or a preset, by name; else the configured default) and
/// <c>asOf</c> (yyyy-MM-dd; else today in the branch's time zone), with the request's culture.
/// </summary>
internal sealed record RequestQuery(OrgLifePolicy Policy, LocalDate? Date, CultureInfo Culture, IResult? Problem)
{
    /// <summary>Reads the query; <see cref="Problem"/> is a 400 problem when a parameter is malformed.</summary>
    public static RequestQuery Read(HttpContext context)
    {
        var culture = ServerText.Culture(context);
        var policies = context.RequestServices.GetRequiredService<IOrgLifePolicyProvider>();
        var policy = policies.Default;
        if (context.Request.Query["policy"].ToString() is { Length: > 0 } name)
        {
            // A tenant's configured policy first, then a built-in preset of the same name.
            if (policies.TryGet(name, out var configured))
            {
                policy = configured;
            }
            else if (PolicyPresets.TryGet(name, out var preset))
            {
                policy = preset;
            }
            else
            {
                var names = string.Join(", ", policies.Names.Concat(PolicyPresets.Names).Distinct(StringComparer.OrdinalIgnoreCase));
                return new(policy, null, culture, Bodies.Problem(context, StatusCodes.Status400BadRequest, null, ServerText.Pick(culture,
                    $"policy: no configured policy or preset is named '{name}'; the names are {names} (GET /api/policies).",
                    $"policy：没有名为“{name}”的已配置政策或政策预设；可用的名称为 {names}（见 GET /api/policies）。")));
            }
        }

        LocalDate? date = null;
        if (context.Request.Query["asOf"].ToString() is { Length: > 0 } asOf)
        {
            var parsed = LocalDatePattern.Iso.Parse(asOf);
            if (!parsed.Success)
            {
                return new(policy, null, culture, Bodies.Problem(context, StatusCodes.Status400BadRequest, null, ServerText.Pick(culture,
                    $"asOf: '{asOf}' is not a date (yyyy-MM-dd).",
                    $"asOf：“{asOf}”不是日期（yyyy-MM-dd）。")));
            }

            date = parsed.Value;
        }

        return new(policy, date, culture, null);
    }

    /// <summary>The date to judge by: asOf, else today in the record's branch's time zone (Asia/Shanghai without a branch).</summary>
    public LocalDate AsOf(BranchRecord record, IClock clock) =>
        Date ?? clock.GetCurrentInstant().InZone(record.Branch?.TimeZone ?? Branch.DefaultTimeZone).Date;
}
