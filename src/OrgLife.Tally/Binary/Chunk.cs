namespace OrgLife.Tally.Formats.Binary;

/// <summary>
/// Whole blocks of a binary ballot file: <c>Buffer[Start..End]</c>, which starts at <c>FileOffset + Start</c> in the file.
/// <c>Sound</c>: the walk skipped none of them, so a worker need not check their headers' values again.
/// </summary>
internal readonly record struct Chunk(byte[] Buffer, int Start, int End, long FileOffset, bool Sound);
