using Microsoft.Net.Http.Headers;
using OrgLife.Server.Problems;
using OrgLife.Server.Store;

namespace OrgLife.Server.Hosting;

/// <summary>What every endpoint does with a request body: check its type (415) and answer problems.</summary>
internal static class Bodies
{
    /// <summary>A 415 problem unless the body's Content-Type is one of <paramref name="accepted"/>; null when it is.</summary>
    public static IResult? Require(HttpContext context, params string[] accepted) =>
        accepted.Any(type => Is(context, type)) ? null
            : Problem(context, StatusCodes.Status415UnsupportedMediaType, null, ServerText.UnsupportedType(context, accepted), ("accepted", accepted));

    /// <summary>Whether the body's media type is <paramref name="mediaType"/> (parameters such as charset aside).</summary>
    public static bool Is(HttpContext context, string mediaType) =>
        MediaTypeHeaderValue.TryParse(context.Request.ContentType, out var given)
        && given.MediaType.Equals(mediaType, StringComparison.OrdinalIgnoreCase);

    /// <summary>The part <paramref name="name"/> of a multipart body, a file or a plain field, as a stream; null when absent.</summary>
    public static Stream? Part(IFormCollection parts, string name) =>
        parts.Files.GetFile(name) is { } file ? file.OpenReadStream()
            : parts[name].ToString() is { Length: > 0 } text ? new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text), writable: false)
            : null;

    /// <summary>A problem details result; <paramref name="title"/> null for the status's own title in the request's language.</summary>
    public static IResult Problem(HttpContext context, int status, string? title, string? detail, params (string Key, object? Value)[] extensions) =>
        TypedResults.Problem(
            detail,
            context.Request.Path,
            status,
            title ?? ServerText.Title(status, ServerText.Culture(context)),
            extensions: extensions.Length == 0 ? null : extensions.ToDictionary(e => e.Key, e => e.Value));

    /// <summary>Runs <paramref name="work"/> on the partial store; a store that cannot be opened is a 503 problem.</summary>
    public static async Task<(IResult? Result, T Value)> WithStoreAsync<T>(HttpContext context, PartialStoreProvider stores, Func<Storage.PartialStore, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        try
        {
            return (null, await stores.UseAsync(work, cancellationToken).ConfigureAwait(false));
        }
        catch (StoreUnavailableException ex)
        {
            return (Problem(context, StatusCodes.Status503ServiceUnavailable, null, ex.Message), default!);
        }
    }
}
