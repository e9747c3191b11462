using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace OrgLife.Server.Problems;

/// <summary>
/// The service's own sentences (problem titles and details about HTTP, not about records) in the request's culture:
/// Simplified Chinese unless the request's <c>Accept-Language</c> asks for English.
/// </summary>
internal static class ServerText
{
    /// <summary>The culture RequestLocalization chose for <paramref name="context"/> (zh-CN when none).</summary>
    public static CultureInfo Culture(HttpContext context) =>
        context.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture ?? CultureInfo.GetCultureInfo("zh-CN");

    /// <summary>English for an English culture, else Chinese.</summary>
    public static string Pick(CultureInfo culture, string english, string chinese) =>
        culture.TwoLetterISOLanguageName == "en" ? english : chinese;

    /// <summary>The problem title of an HTTP status.</summary>
    public static string Title(int status, CultureInfo culture) => status switch
    {
        StatusCodes.Status400BadRequest => Pick(culture, "The request cannot be read", "请求无法读取"),
        StatusCodes.Status404NotFound => Pick(culture, "Not found", "未找到"),
        StatusCodes.Status405MethodNotAllowed => Pick(culture, "Method not allowed", "不支持该请求方法"),
        StatusCodes.Status406NotAcceptable => Pick(culture, "No acceptable representation", "无法提供所要求的格式"),
        StatusCodes.Status413PayloadTooLarge => Pick(culture, "The request body is too large", "请求内容过大"),
        StatusCodes.Status415UnsupportedMediaType => Pick(culture, "Unsupported content type", "不支持的内容类型"),
        StatusCodes.Status422UnprocessableEntity => Pick(culture, "The request cannot be processed", "请求无法处理"),
        StatusCodes.Status500InternalServerError => Pick(culture, "Internal error", "服务内部错误"),
        StatusCodes.Status503ServiceUnavailable => Pick(culture, "Service unavailable", "服务暂不可用"),
        StatusCodes.Status504GatewayTimeout => Pick(culture, "The request took too long", "请求处理超时"),
        _ => Pick(culture, "Request failed", "请求失败"),
    };

    /// <summary>The detail of a problem the status says all about (no detail of the handler's own).</summary>
    public static string? Detail(int status, HttpContext context)
    {
        var culture = Culture(context);
        return status switch
        {
            StatusCodes.Status404NotFound => Pick(culture, $"No endpoint at {context.Request.Path}; the endpoints are listed in /openapi/v1.json.", $"{context.Request.Path} 没有对应的接口；接口列表见 /openapi/v1.json。"),
            StatusCodes.Status405MethodNotAllowed => Pick(culture, $"{context.Request.Method} is not allowed on {context.Request.Path}.", $"{context.Request.Path} 不支持 {context.Request.Method} 请求。"),
            StatusCodes.Status413PayloadTooLarge => Limit(context) is { } limit
                ? Pick(culture, $"The body exceeds this endpoint's limit of {limit:N0} bytes (docs/server.md, Limits).", $"请求内容超过此接口的上限 {limit:N0} 字节（见 docs/server.md“限制”）。")
                : Pick(culture, "The body exceeds this endpoint's limit (docs/server.md, Limits).", "请求内容超过此接口的上限（见 docs/server.md“限制”）。"),
            StatusCodes.Status500InternalServerError => Pick(culture, "The service failed on this request; the error is logged under the trace ID.", "服务处理此请求时出错，错误已按跟踪编号记入日志。"),
            StatusCodes.Status504GatewayTimeout => Pick(culture, "The request ran longer than the service's limit and was cancelled (docs/server.md, Limits).", "请求处理时间超过服务上限，已取消（见 docs/server.md“限制”）。"),
            _ => null,
        };
    }

    /// <summary>415: the body is not of a type the endpoint reads.</summary>
    public static string UnsupportedType(HttpContext context, IReadOnlyList<string> accepted)
    {
        var given = string.IsNullOrEmpty(context.Request.ContentType) ? null : context.Request.ContentType;
        return Pick(
            Culture(context),
            $"This endpoint reads {string.Join(" or ", accepted)}; the request's Content-Type is {given ?? "missing"}.",
            $"此接口接受 {string.Join(" 或 ", accepted)}；请求的 Content-Type 为 {given ?? "（缺失）"}。");
    }

    /// <summary>A due date's status in words, for the iCalendar description.</summary>
    public static string Status(OrgLife.Rules.Scheduling.DueStatus status, CultureInfo culture) => status switch
    {
        OrgLife.Rules.Scheduling.DueStatus.Done => Pick(culture, "done", "已完成"),
        OrgLife.Rules.Scheduling.DueStatus.NotYetDue => Pick(culture, "not yet due", "未到期"),
        OrgLife.Rules.Scheduling.DueStatus.Overdue => Pick(culture, "OVERDUE", "逾期未办"),
        OrgLife.Rules.Scheduling.DueStatus.DoneLate => Pick(culture, "done late", "逾期完成"),
        _ => Pick(culture, "not recorded", "未记录"),
    };

    private static long? Limit(HttpContext context) =>
        context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize;
}
