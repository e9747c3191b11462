using System.Text.Json;

namespace OrgLife.Json.Converters;

/// <summary>
/// A JSON value of the wrong kind, raised by our converters with a message that says what was
/// expected and what was found; System.Text.Json adds the path and position.
/// </summary>
internal sealed class RecordValueException(string message) : JsonException(message);
