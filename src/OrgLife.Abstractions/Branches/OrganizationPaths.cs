using System.Collections.Immutable;
using OrgLife.Ids;

namespace OrgLife.Branches;

/// <summary>The rules for a branch's organization path (<see cref="Branch.OrganizationPath"/>).</summary>
public static class OrganizationPaths
{
    /// <summary>The deepest path kept: province, city, county, 乡镇/街道党委, 党总支 and three more levels of the vendor's own.</summary>
    public const int MaxDepth = 8;

    /// <summary>Returns the path when every entry is a usable ID and it is at most <see cref="MaxDepth"/> deep; a default array is empty.</summary>
    /// <param name="path">The path from the top down.</param>
    /// <param name="branch">The branch, named in the message.</param>
    /// <exception cref="ArgumentException">The path is too deep, or an entry is empty, longer than 128 characters, padded with white space or holds a control character.</exception>
    public static ImmutableArray<string> Validate(ImmutableArray<string> path, BranchId branch)
    {
        if (path.IsDefault)
        {
            return [];
        }

        if (path.Length > MaxDepth)
        {
            throw new ArgumentException($"Branch '{branch}': the organization path has {path.Length} levels; at most {MaxDepth} are allowed.", nameof(path));
        }

        for (var i = 0; i < path.Length; i++)
        {
            var entry = path[i];
            if (string.IsNullOrWhiteSpace(entry) || entry.Length > 128 || entry.Trim().Length != entry.Length || entry.Any(char.IsControl))
            {
                throw new ArgumentException($"Branch '{branch}': organizationPath[{i}] must be an ID of 1 to 128 characters without surrounding white space or control characters.", nameof(path));
            }
        }

        return path;
    }
}
