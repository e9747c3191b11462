using OrgLife.Tally.Forms;

namespace OrgLife.Json.Tests;

/// <summary>docs/form.schema.json and the form reader's documents must say the same thing.</summary>
public sealed class FormSchemaTests
{
    private static readonly StructuralSchema Schema = StructuralSchema.Load(OrgLifeSchemas.FormName);

    /// <summary>The schema's object definitions and the document type each stands for.</summary>
    public static TheoryData<string, Type> ObjectDefinitions => new()
    {
        { "criterion", typeof(CriterionDocument) },
        { "scale", typeof(ScaleDocument) },
        { "level", typeof(LevelDocument) },
        { "band", typeof(BandDocument) },
        { "voterCategory", typeof(CategoryDocument) },
        { "validityRule", typeof(ValidityRuleDocument) },
        { "result", typeof(ResultDocument) },
        { "excellentCap", typeof(ExcellentCapDocument) },
        { "threshold", typeof(ThresholdDocument) },
        { "condition", typeof(ConditionDocument) },
        { "grading", typeof(GradingDocument) },
        { "gradingBand", typeof(GradingBandDocument) },
        { "criterionWeight", typeof(CriterionWeightDocument) },
        { "turnout", typeof(TurnoutDocument) },
    };

    [Theory]
    [MemberData(nameof(ObjectDefinitions))]
    public void Each_schema_object_has_exactly_the_properties_the_form_reader_reads(string definition, Type document)
    {
        var schemaProperties = Schema.Definition(definition).GetProperty("properties").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal);
        var readerProperties = FormJsonContext.Default.GetTypeInfo(document)!.Properties.Select(p => p.Name).Order(StringComparer.Ordinal);

        Assert.Equal(readerProperties, schemaProperties);
    }

    [Fact]
    public void The_schema_root_has_exactly_the_properties_of_a_form()
    {
        var schemaProperties = Schema.Root.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal);

        Assert.Equal(FormJsonContext.Default.FormDocument.Properties.Select(p => p.Name).Order(StringComparer.Ordinal), schemaProperties);
    }

    [Fact]
    public void Every_object_definition_of_the_schema_is_checked_here()
    {
        var objects = Schema.Root.GetProperty("$defs").EnumerateObject().Where(d => d.Value.GetProperty("type").GetString() == "object").Select(d => d.Name);

        Assert.Equal(objects.Order(StringComparer.Ordinal), ObjectDefinitions.Select(row => (string)row[0]).Order(StringComparer.Ordinal));
    }
}
