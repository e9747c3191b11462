using System.Reflection;
using System.Runtime.CompilerServices;
using OrgLife.Branches;

namespace OrgLife.Abstractions.Tests.Conventions;

/// <summary>The public surface of OrgLife.Abstractions, as the convention tests see it.</summary>
internal static class PublicApi
{
    public static Assembly Assembly { get; } = typeof(Branch).Assembly;

    public static IEnumerable<Type> Types => Assembly.GetExportedTypes();

    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    /// <summary>Members a consumer can see (public or protected) that the author wrote, not the compiler.</summary>
    public static IEnumerable<MemberInfo> Members(Type type) => type.GetMembers(Declared).Where(m => IsVisible(m) && !IsSynthesized(m));

    private static bool IsVisible(MemberInfo member) => member switch
    {
        MethodBase m => m.IsPublic || m.IsFamily || m.IsFamilyOrAssembly,
        FieldInfo f => f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly,
        PropertyInfo p => p.GetAccessors(nonPublic: true).Any(IsVisible),
        EventInfo e => e.AddMethod is { } add && IsVisible(add),
        Type t => t.IsNestedPublic || t.IsNestedFamily,
        _ => false,
    };

    // Record members the compiler writes (Equals, ToString, Deconstruct, <Clone>$ …), accessors and enum storage.
    private static bool IsSynthesized(MemberInfo member)
        => member.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false)
           || member is MethodInfo { IsSpecialName: true } method && !method.Name.StartsWith("op_", StringComparison.Ordinal)
           || member is FieldInfo { IsSpecialName: true };
}
