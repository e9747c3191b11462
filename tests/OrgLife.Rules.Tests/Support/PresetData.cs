using OrgLife.Meetings;
using OrgLife.Rules.Policies;

namespace OrgLife.Rules.Tests.Support;

/// <summary>Theory data over the built-in presets: the tests that must hold under every preset take it from here.</summary>
public static class PresetData
{
    /// <summary>Every preset name with every meeting form.</summary>
    public static TheoryData<string, MeetingForm> PresetsAndForms()
    {
        var data = new TheoryData<string, MeetingForm>();
        foreach (var preset in PolicyPresets.Names)
        {
            foreach (var form in Enum.GetValues<MeetingForm>())
            {
                data.Add(preset, form);
            }
        }

        return data;
    }
}
