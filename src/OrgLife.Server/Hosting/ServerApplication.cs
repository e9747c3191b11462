using System.Globalization;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.Localization;
using OrgLife.Server.Endpoints;
using OrgLife.Server.OpenApi;
using OrgLife.Server.Problems;
using OrgLife.Server.Store;

namespace OrgLife.Server;

/// <summary>
/// Builds the service: configuration (appsettings.json, environment, command line), Kestrel on loopback, problem
/// details, the request's culture, limits and timeouts, health checks, the OpenAPI document, the self-check page and
/// the endpoints. Tests build it through WebApplicationFactory; <see cref="Program"/> runs it.
/// </summary>
public static class ServerApplication
{
    /// <summary>The cultures a request may ask for; the first is the default.</summary>
    public static IReadOnlyList<CultureInfo> Cultures { get; } = [CultureInfo.GetCultureInfo("zh-CN"), CultureInfo.GetCultureInfo("en")];

    /// <summary>Builds the service from <paramref name="args"/> and its configuration.</summary>
    /// <param name="args">Configuration overrides from the command line.</param>
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        var options = builder.Configuration.GetSection(Hosting.ServerOptions.Section).Get<Hosting.ServerOptions>() ?? new Hosting.ServerOptions();
        builder.Services.Configure<Hosting.ServerOptions>(builder.Configuration.GetSection(Hosting.ServerOptions.Section));
        builder.Services.AddServerProblemDetails();
        builder.Services.AddRequestTimeouts(timeouts =>
        {
            timeouts.DefaultPolicy = new RequestTimeoutPolicy { Timeout = TimeSpan.FromSeconds(options.RequestTimeoutSeconds), TimeoutStatusCode = StatusCodes.Status504GatewayTimeout };
            timeouts.AddPolicy(Hosting.TimeoutPolicies.Long, new RequestTimeoutPolicy { Timeout = TimeSpan.FromSeconds(options.BatchTimeoutSeconds), TimeoutStatusCode = StatusCodes.Status504GatewayTimeout });
        });
        builder.Services.AddRequestLocalization(localization =>
        {
            localization.DefaultRequestCulture = new RequestCulture(Cultures[0]);
            localization.SupportedCultures = [.. Cultures];
            localization.SupportedUICultures = [.. Cultures];
            localization.FallBackToParentCultures = true;
            localization.FallBackToParentUICultures = true;
            // Accept-Language first; ?culture= lets a link or a download name its language.
            localization.RequestCultureProviders = [new AcceptLanguageHeaderRequestCultureProvider(), new QueryStringRequestCultureProvider()];
        });
        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.TypeInfoResolverChain.Insert(0, ServerJsonContext.Default));
        builder.Services.AddSingleton<PartialStoreProvider>();
        builder.Services.AddHealthChecks().AddCheck<PartialStoreHealthCheck>("partial-store", tags: ["ready"]);
        builder.Services.AddServerOpenApi();
        // The default policy is OrgLife:Policy, the tenants' named ones OrgLife:Policies (docs/dependency-injection.md).
        builder.Services.AddOrgLifeRules(builder.Configuration.GetSection("OrgLife"));
        // A wrong policy setting stops the start, naming the policy and the setting, rather than a later request.
        builder.Services.AddOptions<OrgLife.Rules.DependencyInjection.OrgLifeRulesOptions>().ValidateOnStart();
        builder.Services.AddOrgLifeTally();

        var app = builder.Build();
        // The page ships beside the binary too, so the service serves it whatever folder it is started from.
        var webRoot = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        if (!File.Exists(Path.Combine(app.Environment.WebRootPath ?? app.Environment.ContentRootPath, "index.html")) && Directory.Exists(webRoot))
        {
            app.Environment.WebRootFileProvider = new Microsoft.Extensions.FileProviders.PhysicalFileProvider(webRoot);
        }

        app.UseServerProblems();
        app.UseRequestLocalization();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRequestTimeouts();

        app.MapOpenApi();
        app.MapHealthEndpoints();
        app.MapValidationEndpoints(options);
        app.MapScheduleEndpoints(options);
        app.MapTallyEndpoints(options);
        app.MapCatalogueEndpoints();
        app.MapDemoEndpoints();
        app.MapPartialEndpoints(options);
        return app;
    }
}
