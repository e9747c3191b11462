using System.Reflection;
using System.Runtime.CompilerServices;

namespace OrgLife.Abstractions.Tests.Conventions;

/// <summary>Every public type of the vocabulary is immutable: values are built once and never change.</summary>
public sealed class ImmutabilityConventionTests
{
    private static readonly Type[] MutableCollections = [typeof(List<>), typeof(Dictionary<,>), typeof(HashSet<>), typeof(Queue<>), typeof(Stack<>)];

    [Fact]
    public void No_public_property_has_a_public_setter_other_than_init()
    {
        var offenders = PublicApi.Types
            .SelectMany(t => PublicApi.Members(t).OfType<PropertyInfo>())
            .Where(p => p.SetMethod is { IsPublic: true } setter && !IsInitOnly(setter))
            .Select(Describe)
            .ToList();
        Assert.Empty(offenders);
    }

    [Fact]
    public void No_public_field_is_writable()
    {
        var offenders = PublicApi.Types
            .Where(t => !t.IsEnum)
            .SelectMany(t => PublicApi.Members(t).OfType<FieldInfo>())
            .Where(f => !f.IsInitOnly && !f.IsLiteral)
            .Select(Describe)
            .ToList();
        Assert.Empty(offenders);
    }

    [Fact]
    public void No_public_property_exposes_a_mutable_collection()
    {
        var offenders = PublicApi.Types
            .SelectMany(t => PublicApi.Members(t).OfType<PropertyInfo>())
            .Where(p => p.PropertyType.IsArray || p.PropertyType.IsGenericType && MutableCollections.Contains(p.PropertyType.GetGenericTypeDefinition()))
            .Select(Describe)
            .ToList();
        Assert.Empty(offenders);
    }

    [Fact]
    public void Every_public_class_is_sealed_and_every_public_struct_is_readonly()
    {
        var offenders = PublicApi.Types
            .Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract
                        || t.IsValueType && !t.IsEnum && !t.IsDefined(typeof(IsReadOnlyAttribute), inherit: false))
            .Select(t => t.FullName)
            .ToList();
        Assert.Empty(offenders);
    }

    [Fact]
    public void The_convention_sees_the_whole_vocabulary()
        => Assert.True(PublicApi.Types.Count() > 30, "the convention tests would pass vacuously if no public type were found");

    private static bool IsInitOnly(MethodInfo setter)
        => setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));

    private static string Describe(MemberInfo member) => $"{member.DeclaringType?.FullName}.{member.Name}";
}
