using OrgLife.Grades;

namespace OrgLife.Tally.Forms;

/// <summary>The spellings of the four grades in documents: the Chinese name or the English code.</summary>
internal static class GradeText
{
    /// <summary>The English code of a grade, as the four-grade scale spells it.</summary>
    internal static string Code(Grade grade) => Scale.FourGrades.Levels[(int)grade - 1].Code;

    /// <summary>Parses a grade from its Chinese name or English code (any case).</summary>
    internal static Grade? Parse(string? text)
    {
        foreach (var level in Scale.FourGrades.Levels)
        {
            if (string.Equals(text, level.Name, StringComparison.Ordinal) || string.Equals(text, level.Code, StringComparison.OrdinalIgnoreCase))
            {
                return level.Grade;
            }
        }

        return null;
    }
}
