using Microsoft.Win32.SafeHandles;

namespace OrgLife.Tally.Formats.Binary;

/// <summary>Reads that fill their buffer unless the stream or file ends (a read may return fewer bytes than asked).</summary>
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

    /// <summary>Reads <paramref name="file"/> from <paramref name="offset"/> until <paramref name="destination"/> is full or the file ends; returns the bytes read.</summary>
    public static int ReadFullyAt(SafeFileHandle file, Span<byte> destination, long offset)
    {
        var total = 0;
        while (total < destination.Length)
        {
            var got = RandomAccess.Read(file, destination[total..], offset + total);
            if (got == 0)
            {
                break;
            }

            total += got;
        }

        return total;
    }
}
