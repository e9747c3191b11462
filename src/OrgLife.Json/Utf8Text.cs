using System.Buffers;
using System.Text;

namespace OrgLife.Json;

/// <summary>Where UTF-8 input stops being UTF-8, so a reader can name the byte instead of decoding it to U+FFFD.</summary>
internal static class Utf8Text
{
    /// <summary>The offset of the first byte that does not begin a valid UTF-8 sequence, or null when all of <paramref name="bytes"/> is valid.</summary>
    public static int? FirstInvalid(ReadOnlySpan<byte> bytes)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return null;
        }

        var offset = 0;
        while (offset < bytes.Length)
        {
            if (Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed) != OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return null;
    }
}
