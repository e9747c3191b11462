using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;

namespace OrgLife.Server.Tests;

/// <summary>
/// The self-check page in a real browser (Debian's Chromium, headless, driven by chromedriver through Selenium) against
/// the service on a loopback port: a branch secretary loads the demo record, checks it and reads the findings table.
/// </summary>
[Collection(LoopbackCollection.Name)]
public sealed class BrowserTests(LoopbackServer server, BrowserTests.Chromium browser) : IClassFixture<BrowserTests.Chromium>
{

    [BrowserFact]
    public void The_demo_record_checked_in_the_page_shows_every_rule_with_the_planted_violations()
    {
        var page = browser.Open(server.Address);
        Assert.Equal("zh-CN", page.FindElement(By.TagName("html")).GetAttribute("lang"));
        page.FindElement(By.Id("load-demo")).Click();
        Wait(page).Until(d => d.FindElement(By.Id("record")).GetDomProperty("value")?.Contains("hongqi-village", StringComparison.Ordinal) == true);
        Assert.Equal("2027-01-10", page.FindElement(By.Id("as-of")).GetDomProperty("value"));

        page.FindElement(By.Id("validate")).Click();
        Wait(page).Until(d => d.FindElement(By.Id("findings")).Displayed);
        var rows = page.FindElements(By.CssSelector("#findings tbody tr"));
        Assert.True(rows.Count >= 40, $"{rows.Count} rows");
        var ol104 = page.FindElement(By.CssSelector("#findings tr[data-rule='OL104']"));
        Assert.Equal("violated", ol104.GetAttribute("data-outcome"));
        Assert.Contains("违反", ol104.Text, StringComparison.Ordinal);
        Assert.Contains("何平", ol104.Text, StringComparison.Ordinal);
        Assert.Contains("违反", page.FindElement(By.Id("status")).Text, StringComparison.Ordinal);

        // The schedule follows, with its calendar download enabled.
        Wait(page).Until(d => d.FindElement(By.Id("schedule")).Displayed);
        Assert.NotEmpty(page.FindElements(By.CssSelector("#schedule tbody tr")));
        Assert.True(page.FindElement(By.Id("ics")).Enabled);
    }

    [BrowserFact]
    public void The_English_switch_translates_the_page_and_the_findings()
    {
        var page = browser.Open(server.Address);
        page.FindElement(By.Id("language")).Click();
        Assert.Equal("en", page.FindElement(By.TagName("html")).GetAttribute("lang"));
        Assert.Equal("true", page.FindElement(By.Id("language")).GetAttribute("aria-pressed"));
        Assert.Equal("Load the demo record", page.FindElement(By.Id("load-demo")).Text);
        page.FindElement(By.Id("load-demo")).Click();
        Wait(page).Until(d => d.FindElement(By.Id("record")).GetDomProperty("value")?.Length > 0);
        page.FindElement(By.Id("validate")).Click();
        Wait(page).Until(d => d.FindElement(By.Id("findings")).Displayed);
        var ol104 = page.FindElement(By.CssSelector("#findings tr[data-rule='OL104']"));
        Assert.Contains("VIOLATED", ol104.Text, StringComparison.Ordinal);
        Assert.Contains("had no talk with the secretary", ol104.Text, StringComparison.Ordinal);
    }

    [BrowserFact]
    public void A_truncated_record_shows_the_problem_with_its_place_in_an_alert()
    {
        var page = browser.Open(server.Address);
        var record = page.FindElement(By.Id("record"));
        record.SendKeys("{\"branch\": {\"id\": \"b1\", ");
        // Keyboard only: Tab from the record to the controls, Enter on the check button.
        page.FindElement(By.Id("validate")).SendKeys(Keys.Enter);
        var alert = Wait(page).Until(d => d.FindElement(By.Id("problem")).Displayed ? d.FindElement(By.Id("problem")) : null);
        Assert.Contains("line", alert!.Text, StringComparison.Ordinal);
        Assert.False(page.FindElement(By.Id("findings")).Displayed);
    }

    [BrowserFact]
    public void An_uploaded_ballot_sheet_is_tallied_in_a_table()
    {
        var page = browser.Open(server.Address);
        var sheet = Path.Combine(Path.GetTempPath(), $"orglife-ballots-{Guid.NewGuid():N}.csv");
        File.WriteAllText(sheet, "branch,ballot,candidate,grade\nb1,01,m1,优秀\nb1,01,m2,合格\nb1,02,m1,优秀\nb1,02,m2,基本合格\n");
        try
        {
            page.FindElement(By.Id("ballots")).SendKeys(sheet);
            page.FindElement(By.Id("tally")).Click();
            var table = Wait(page).Until(d => d.FindElements(By.CssSelector("#tally-result table")).FirstOrDefault());
            Assert.Contains("b1", table!.FindElement(By.TagName("caption")).Text, StringComparison.Ordinal);
            Assert.Equal(2, table.FindElements(By.CssSelector("tbody tr")).Count);
        }
        finally
        {
            File.Delete(sheet);
        }
    }

    private static WebDriverWait Wait(IWebDriver page) => new(page, TimeSpan.FromSeconds(20));

    /// <summary>One headless Chromium for the class's tests (it takes seconds to start), each test on a fresh page.</summary>
    public sealed class Chromium : IDisposable
    {
        private ChromeDriver? driver;

        /// <summary>The page at <paramref name="address"/>, with the reader's stored language choice forgotten.</summary>
        public ChromeDriver Open(Uri address)
        {
            driver ??= Start(address);
            driver.Navigate().GoToUrl(address);
            ((IJavaScriptExecutor)driver).ExecuteScript("localStorage.clear();");
            driver.Navigate().Refresh();
            return driver;
        }

        /// <inheritdoc/>
        public void Dispose() => driver?.Quit();
    }

    private static ChromeDriver Start(Uri address)
    {
        var options = new ChromeOptions { BinaryLocation = Browser.Chromium };
        // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start.
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=390,844", "--lang=zh-CN");
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(Browser.Driver)!, Path.GetFileName(Browser.Driver)!);
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        var driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
        driver.Navigate().GoToUrl(address);
        return driver;
    }
}
