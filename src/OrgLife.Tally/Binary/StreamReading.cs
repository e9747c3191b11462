namespace OrgLife.Tally.Formats.Binary;

/// <summary>Reads that fill their buffer unless the stream ends (a stream may return fewer bytes than asked).</summary>
internal static class StreamReading
{
    /// <summary>Reads until <paramref name="destination"/> is full or the stream ends; returns the bytes read.</summary>
    public static int ReadFully(Stream source, Span<byte> destination)
    {
        var total = 0;
        while (total < destination.Length)
        {
            var got = source.Read(destination[total..]);
            if (got == 0)
            {
                break;
            }

            total += got;
        }

        return total;
    }
}
