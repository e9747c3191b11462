using System.Reflection;

namespace OrgLife.Abstractions.Tests.Conventions;

/// <summary>The ID the C# compiler gives a type or member in an XML documentation file ("T:", "M:", "P:" …).</summary>
internal static class DocId
{
    public static string Of(MemberInfo member) => member switch
    {
        Type type => "T:" + TypeName(type),
        ConstructorInfo ctor => $"M:{TypeName(ctor.DeclaringType!)}.{(ctor.IsStatic ? "#cctor" : "#ctor")}{Parameters(ctor)}",
        MethodInfo method when method.Name is "op_Implicit" or "op_Explicit"
            => $"M:{TypeName(method.DeclaringType!)}.{method.Name}{Parameters(method)}~{ParameterTypeName(method.ReturnType)}",
        MethodInfo method => $"M:{TypeName(method.DeclaringType!)}.{method.Name}{Arity(method)}{Parameters(method)}",
        PropertyInfo property => $"P:{TypeName(property.DeclaringType!)}.{property.Name}{Parameters(property.GetIndexParameters())}",
        FieldInfo field => $"F:{TypeName(field.DeclaringType!)}.{field.Name}",
        EventInfo evt => $"E:{TypeName(evt.DeclaringType!)}.{evt.Name}",
        _ => throw new ArgumentOutOfRangeException(nameof(member), member, "Unexpected member kind."),
    };

    // A type's own name: generic definitions keep their `N arity, nesting becomes a dot.
    private static string TypeName(Type type) => type.FullName!.Replace('+', '.');

    private static string Arity(MethodInfo method) => method.IsGenericMethodDefinition ? "``" + method.GetGenericArguments().Length : "";

    private static string Parameters(MethodBase method) => Parameters(method.GetParameters());

    private static string Parameters(ParameterInfo[] parameters)
        => parameters.Length == 0 ? "" : "(" + string.Join(",", parameters.Select(p => ParameterTypeName(p.ParameterType))) + ")";

    // A type used in a signature: generic arguments in braces, by-ref as @, generic parameters by position.
    private static string ParameterTypeName(Type type)
    {
        if (type.IsByRef)
        {
            return ParameterTypeName(type.GetElementType()!) + "@";
        }

        if (type.IsArray)
        {
            return ParameterTypeName(type.GetElementType()!) + "[]";
        }

        if (type.IsGenericParameter)
        {
            return (type.DeclaringMethod is null ? "`" : "``") + type.GenericParameterPosition;
        }

        if (!type.IsGenericType)
        {
            return TypeName(type);
        }

        var definition = type.GetGenericTypeDefinition().FullName!;
        var name = definition[..definition.IndexOf('`', StringComparison.Ordinal)].Replace('+', '.');
        return name + "{" + string.Join(",", type.GetGenericArguments().Select(ParameterTypeName)) + "}";
    }
}
