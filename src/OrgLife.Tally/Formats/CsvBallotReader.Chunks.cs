using System.Text;
using OrgLife.Ids;

namespace OrgLife.Tally.Formats;

/// <summary>
/// Reading one chunk of an input cut at branch boundaries (<see cref="CsvParallelTally"/>): the chunk's rows must be
/// contiguous and hold no later header, else the chunk cannot be read apart from the rest of the input and the whole
/// input goes the sequential way, which regroups or refuses it exactly as docs/tally.md says.
/// </summary>
public sealed partial class CsvBallotReader
{
    private ChunkMode chunk;

    /// <summary>How the reader treats its input: all of it, or a chunk of it.</summary>
    internal enum ChunkMode
    {
        /// <summary>The whole input (the reader's ordinary mode).</summary>
        None,

        /// <summary>A chunk, scanned for rows apart: any, or a later header, makes it unreadable alone.</summary>
        Checked,

        /// <summary>A chunk the caller's checked reader has scanned already (the census a step ahead): not scanned again.</summary>
        Trusted,
    }

    // The serial of the last row read of a branch with no box (its ID invalid), in a checked chunk.
    private string? unboxedSerial;

    /// <summary>
    /// A checked chunk is not scanned for rows apart before it is read (<see cref="FirstLineApart"/>): the reading
    /// finds them itself — a branch or ballot met again throws (<see cref="EnterBranch"/>, <see cref="StartBallot(string, string)"/>),
    /// and so does this for the rows of a branch without a box, which open no ballot: a serial met again in such a
    /// branch is a row apart to the scan, so the chunk cannot be read alone.
    /// </summary>
    private void CheckUnboxedOrder(bool branchEmpty, ReadOnlySpan<char> serialField)
    {
        if (chunk != ChunkMode.Checked || branchEmpty || serialField.IsEmpty || box is not null || branchText is null || serialField.SequenceEqual(unboxedSerial))
        {
            return;
        }

        unboxedSerial = serialField.ToString();
        if (!branchSerials.Add(unboxedSerial))
        {
            throw new ChunkNotReadableException();
        }
    }

    /// <summary>Reads its input as a chunk of a larger one.</summary>
    internal CsvBallotReader AsChunk(ChunkMode mode)
    {
        chunk = mode;
        return this;
    }

    /// <summary>The branch texts whose rows this reader read (each branch ended, and the last one), after reading.</summary>
    internal IEnumerable<string> BranchesRead() => branchText is null ? endedBranches : endedBranches.Append(branchText);

    /// <summary>The chunk has rows apart or a later header: it cannot be read apart from the rest of the input.</summary>
    internal sealed class ChunkNotReadableException : Exception
    {
        /// <summary>Creates the exception.</summary>
        public ChunkNotReadableException()
            : base("The chunk cannot be read alone.")
        {
        }
    }

    /// <summary>
    /// Where an input can be cut so that each piece reads alone as it reads within the whole: the end of the header
    /// line (the prefix each later piece is read after) and, for each wished cut, the first line at or after it that
    /// begins a branch — a plain, clean row whose branch differs from that of the plain, clean row just before it, so
    /// that in the whole input too the row before ends its branch and this one opens the next with nothing pending.
    /// Null when the header cannot be found in the first bytes or is malformed (the sequential reading reports it).
    /// </summary>
    /// <param name="input">The input, seekable; its position is left anywhere.</param>
    /// <param name="wished">The offsets to cut near, ascending.</param>
    internal static (int HeaderEnd, long[] Cuts)? FindCuts(Stream input, IReadOnlyList<long> wished)
    {
        const int HeadBytes = 1 << 20;
        const int WindowBytes = 1 << 18;
        var head = new byte[(int)Math.Min(HeadBytes, input.Length)];
        input.Position = 0;
        input.ReadExactly(head);
        var headerEnd = -1;
        Span<int> columns = stackalloc int[MaxColumns];
        var columnTotal = 0;
        for (var position = 0; position < head.Length;)
        {
            var newline = head.AsSpan(position).IndexOf((byte)'\n');
            if (newline < 0)
            {
                return null;
            }

            var text = Encoding.UTF8.GetString(head.AsSpan(position, newline)).TrimStart('\uFEFF').TrimEnd('\r');
            position += newline + 1;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            if (ParseHeader(text, columns, out columnTotal) is not null)
            {
                return null;
            }

            headerEnd = position;
            break;
        }

        if (headerEnd < 0)
        {
            return null;
        }

        var cuts = new List<long>();
        var window = new byte[WindowBytes];
        foreach (var at in wished)
        {
            var from = Math.Max(at, cuts.Count > 0 ? cuts[^1] + 1 : headerEnd);
            if (from >= input.Length)
            {
                break;
            }

            input.Position = from;
            var length = input.ReadAtLeast(window, window.Length, throwOnEndOfStream: false);
            if (BranchStartIn(window.AsSpan(0, length), columns, columnTotal) is { } start)
            {
                cuts.Add(from + start);
            }
        }

        return (headerEnd, [.. cuts]);
    }

    // The offset in the window of the first line (after the one the window starts inside) that begins a branch.
    private static int? BranchStartIn(ReadOnlySpan<byte> window, ReadOnlySpan<int> columns, int columnTotal)
    {
        var first = window.IndexOf((byte)'\n');
        if (first < 0)
        {
            return null;
        }

        var previousStart = first + 1;
        string? previousBranch = null;
        while (true)
        {
            var length = window[previousStart..].IndexOf((byte)'\n');
            if (length < 0)
            {
                return null;
            }

            var branch = PlainBranch(window.Slice(previousStart, length), columns, columnTotal);
            if (branch is not null && previousBranch is not null && branch != previousBranch)
            {
                return previousStart;
            }

            previousBranch = branch;
            previousStart += length + 1;
        }
    }

    // The branch of a line the reader certainly reads as a row of that branch — no quote, no blank around the branch,
    // no byte-order mark, not a header, clean UTF-8, the header's number of fields, a valid branch ID and a serial —
    // else null.
    private static string? PlainBranch(ReadOnlySpan<byte> line, ReadOnlySpan<int> columns, int columnTotal)
    {
        if (line.EndsWith("\r"u8))
        {
            line = line[..^1];
        }

        if (line.Length > (1 << 16) || line.IndexOf((byte)'"') >= 0 || MayBeHeader(line) || !IsClean(line) || line.Count((byte)',') != columnTotal - 1)
        {
            return null;
        }

        ReadOnlySpan<byte> branch = default;
        ReadOnlySpan<byte> serial = default;
        var field = 0;
        foreach (var range in line.Split((byte)','))
        {
            if (field == columns[(int)Column.Branch])
            {
                branch = line[range];
            }
            else if (field == columns[(int)Column.Ballot])
            {
                serial = line[range];
            }

            field++;
        }

        if (branch.IsEmpty || IsBlank(branch[0]) || IsBlank(branch[^1]) || TrimBlanks<byte>(serial).Length == 0)
        {
            return null;
        }

        var text = Encoding.UTF8.GetString(branch);
        try
        {
            _ = new BranchId(text);
            return text;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
