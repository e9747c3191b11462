using OrgLife.Ids;
using OrgLife.Partials;
using OrgLife.Storage;
using OrgLife.Tally.Box;
using OrgLife.Tally.Forms;

namespace OrgLife.PackageConsumer.Tests;

public sealed class StoragePackageTests
{
    [Fact]
    public async Task A_vendor_stores_a_partial_in_the_embedded_store_and_rolls_it_up_by_level()
    {
        var box = new BallotBox(BallotForms.FourGrades, new AssessmentCandidates([new MemberId("m1")]), issued: 2);
        box.Submit(new Ballot("1", null, [Mark.Of("m1", null, "优秀")]));
        box.Submit(new Ballot("2", null, [Mark.Of("m1", null, "合格")]));
        var partial = new PartialTally("2026", new BranchId("b1"), ["省1", "市1"], box.ToTally());

        var read = PartialJson.Parse(PartialJson.Serialize([partial]));
        await using var store = await DuckDbPartialStore.OpenAsync(":memory:");
        await store.SubmitAsync(read.Partials);
        await store.SubmitAsync(read.Partials);
        var byCity = await store.RollUpAsync("2026", depth: 2);

        var city = Assert.Single(byCity);
        Assert.Equal(new[] { "省1", "市1" }, city.Path.ToArray());
        Assert.Equal(1, city.Branches);
        Assert.Equal(new[] { 1L, 1L }, city.Counted.OverallMarks.ToArray());
    }
}
