namespace OrgLife.Tally.Box;

/// <summary>Why a ballot was rejected, naming the ballot and the field.</summary>
/// <param name="Code">The reason.</param>
/// <param name="Serial">The ballot's serial as given (may be empty for <see cref="RejectionCode.MissingSerial"/>).</param>
/// <param name="Field">The offending field: <c>serial</c> or <c>category</c>.</param>
/// <param name="Message">A sentence for the operator.</param>
public sealed record BallotRejection(RejectionCode Code, string Serial, string Field, string Message);
