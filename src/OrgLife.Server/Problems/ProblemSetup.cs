using Microsoft.AspNetCore.Http.Features;

namespace OrgLife.Server.Problems;

/// <summary>
/// Every error is an RFC 9457 problem details document (<c>application/problem+json</c>) in the request's culture,
/// with the request's trace ID; an exception never shows its stack trace, only the status and the trace ID it is logged under.
/// </summary>
internal static class ProblemSetup
{
    /// <summary>Registers problem details: a localized title and detail where the handler gave none, and the trace ID.</summary>
    public static IServiceCollection AddServerProblemDetails(this IServiceCollection services) =>
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var problem = context.ProblemDetails;
            var status = problem.Status ?? context.HttpContext.Response.StatusCode;
            var culture = ServerText.Culture(context.HttpContext);
            // A problem made from an exception (413 while reading the body, 500) has the framework's English title.
            problem.Title = context.Exception is not null ? ServerText.Title(status, culture) : Localized(problem.Title, status, culture);
            problem.Detail ??= ServerText.Detail(status, context.HttpContext);
            problem.Instance ??= context.HttpContext.Request.Path;
            problem.Extensions["traceId"] = context.HttpContext.Features.Get<IHttpActivityFeature>()?.Activity.Id ?? context.HttpContext.TraceIdentifier;
            // The framework's exception details (type, stack) never leave the process.
            problem.Extensions.Remove("exception");
        });

    /// <summary>Turns exceptions into problems: a bad request (body too large, body read cut) keeps its own status, anything else is 500.</summary>
    public static IApplicationBuilder UseServerProblems(this IApplicationBuilder app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = exception => exception is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
        });
        return app.UseStatusCodePages();
    }

    // The framework's English titles (from the status) give way to the request's language; a handler's own title stays.
    private static string Localized(string? title, int status, System.Globalization.CultureInfo culture) =>
        title is null || title == Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status) || title.StartsWith("An error occurred", StringComparison.Ordinal) || title.StartsWith("One or more", StringComparison.Ordinal)
            ? ServerText.Title(status, culture)
            : title;
}
