namespace OrgLife.Server.Store;

/// <summary>The partial store cannot be opened: the request gets 503 and /health/ready reports unhealthy.</summary>
/// <param name="message">Why, without the connection string's secrets.</param>
/// <param name="inner">The driver's exception.</param>
internal sealed class StoreUnavailableException(string message, Exception? inner) : Exception(message, inner);
