using System.Text;

namespace OrgLife.Cli.Output;

/// <summary>A piece of text kept as UTF-8 in a <see cref="Utf8Spool"/> segment: whole characters, so it decodes alone.</summary>
/// <param name="Segment">The segment holding it.</param>
/// <param name="Offset">Where it starts in the segment.</param>
/// <param name="Length">Its length in bytes.</param>
internal readonly record struct Utf8Text(byte[] Segment, int Offset, int Length)
{
    /// <summary>Writes the text, decoded through <paramref name="buffer"/> (grown as needed, reused between calls).</summary>
    public void WriteTo(TextWriter writer, ref char[] buffer)
    {
        var bytes = Segment.AsSpan(Offset, Length);
        if (buffer.Length < Length)
        {
            buffer = new char[Math.Max(Length, buffer.Length * 2)];
        }

        writer.Write(buffer, 0, Encoding.UTF8.GetChars(bytes, buffer));
    }
}
