using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace OrgLife.Partials;

/// <summary>
/// The SHA-256 of a whole partial-tally Parquet file, kept in its footer's key-value metadata
/// (<see cref="PartialFormat.DataChecksumKey"/>) and computed with the checksum's own 64 hex digits read as '0'.
/// Parquet pages and footers carry no checksum, and a damaged footer or page header can send a decoder into a
/// runaway loop or allocation; checking every byte before any decoding turns a damaged file into one error.
/// </summary>
internal static class DataChecksum
{
    /// <summary>The hex digits of a SHA-256.</summary>
    public const int HexLength = 64;

    /// <summary>What the writer puts in the footer before it knows the checksum, and what readers hash in its place.</summary>
    public static readonly string Placeholder = new('0', HexLength);

    /// <summary>A footer larger than this is refused before it is read (forms of thousands of assessments fit easily).</summary>
    private const int MaxFooterBytes = 64 << 20;

    private const int TailLength = 8;

    /// <summary>A Thrift compact field header: the next field (delta 1) holding binary (type 8).</summary>
    private const byte ThriftStringField = 0x18;
    private static readonly byte[] Key = Encoding.UTF8.GetBytes(PartialFormat.DataChecksumKey);
    private static readonly byte[] OwnKeyPrefix = Encoding.UTF8.GetBytes("orglife.partial-tally.");
    private static readonly byte[] Magic = "PAR1"u8.ToArray();

    /// <summary>
    /// Where the checksum's hex digits stand in <paramref name="footer"/>: the key as a Thrift compact string field
    /// (field header 0x18, its length) followed by the value field's header 0x18 and the length 64. Null when the
    /// footer holds no such field. The framing bytes are control characters, which JSON text (the forms, also in the
    /// footer) always escapes, so a form naming the key's words can never be taken for it.
    /// </summary>
    public static int? DigitsIn(ReadOnlySpan<byte> footer)
    {
        for (var end = footer.Length; end > 0;)
        {
            var key = footer[..end].LastIndexOf(Key);
            if (key < 0)
            {
                return null;
            }

            var digits = key + Key.Length + 2;
            if (key >= 2 && footer[key - 2] == ThriftStringField && footer[key - 1] == Key.Length
                && digits + HexLength <= footer.Length && footer[digits - 2] == ThriftStringField && footer[digits - 1] == HexLength)
            {
                return digits;
            }

            end = key;
        }

        return null;
    }

    /// <summary>
    /// Checks the whole file in <paramref name="stream"/> (from its current position to its end) against the checksum
    /// in its footer, before anything is decoded: null when they agree or when the file is not one of ours (no
    /// <c>orglife.partial-tally.</c> key: a file from another writer, read unchecked), else the reason.
    /// Leaves the stream where it was.
    /// </summary>
    public static async Task<string?> VerifyAsync(Stream stream, CancellationToken cancellationToken)
    {
        var start = stream.Position;
        try
        {
            var length = stream.Length - start;
            if (length < TailLength + 4)
            {
                return "the file is too short to be Parquet";
            }

            var tail = new byte[TailLength];
            stream.Position = start + length - TailLength;
            await stream.ReadExactlyAsync(tail, cancellationToken).ConfigureAwait(false);
            long footerLength = BinaryPrimitives.ReadInt32LittleEndian(tail);
            if (!tail.AsSpan(4).SequenceEqual(Magic) || footerLength <= 0 || footerLength > length - TailLength - 4 || footerLength > MaxFooterBytes)
            {
                return "the file's tail is not a Parquet footer";
            }

            var footerStart = length - TailLength - footerLength;
            var footer = new byte[footerLength];
            stream.Position = start + footerStart;
            await stream.ReadExactlyAsync(footer, cancellationToken).ConfigureAwait(false);
            if (DigitsIn(footer) is not { } digits)
            {
                return footer.AsSpan().IndexOf(OwnKeyPrefix) >= 0 ? "the file is damaged: its footer has no valid checksum" : null;
            }

            var expected = Encoding.ASCII.GetString(footer, digits, HexLength);
            var actual = await HashAsync(stream, start, length, footerStart + digits, cancellationToken).ConfigureAwait(false);
            return string.Equals(actual, expected, StringComparison.Ordinal) ? null : "the file is damaged: its bytes do not match the checksum in its footer";
        }
        finally
        {
            stream.Position = start;
        }
    }

    /// <summary>The SHA-256 of <paramref name="length"/> bytes from <paramref name="start"/>, the 64 at <paramref name="digitsAt"/> read as '0'.</summary>
    private static async Task<string> HashAsync(Stream stream, long start, long length, long digitsAt, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
        try
        {
            stream.Position = start;
            for (long at = 0; at < length;)
            {
                var read = await stream.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, length - at)), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }

                // The part of this chunk that overlaps the digits is hashed as '0'.
                var from = Math.Max(at, digitsAt);
                var to = Math.Min(at + read, digitsAt + HexLength);
                if (from < to)
                {
                    buffer.AsSpan((int)(from - at), (int)(to - from)).Fill((byte)'0');
                }

                hash.AppendData(buffer, 0, read);
                at += read;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return Convert.ToHexStringLower(hash.GetCurrentHash());
    }
}
