using Microsoft.Extensions.Options;

namespace OrgLife.Rules.DependencyInjection;

/// <summary>Checks that every configured policy builds, so a wrong setting fails at startup naming the policy and the setting.</summary>
internal sealed class OrgLifeRulesOptionsValidator : IValidateOptions<OrgLifeRulesOptions>
{
    public ValidateOptionsResult Validate(string? name, OrgLifeRulesOptions options)
    {
        List<string> failures = [];
        Check("Policy", options.Policy, failures);
        foreach (var (key, policy) in options.Policies)
        {
            Check($"Policies:{key}", policy, failures);
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Check(string path, OrgLifePolicyOptions? policy, List<string> failures)
    {
        if (policy is null)
        {
            failures.Add($"OrgLife {path}: no policy is set.");
            return;
        }

        try
        {
            policy.ToPolicy();
        }
        catch (ArgumentException ex)
        {
            failures.Add($"OrgLife {path}: {ex.Message}");
        }
    }
}
