using System.Numerics;
using System.Text;
using OrgLife.Tally.Box;
using OrgLife.Tally.Merging;
using OrgLife.Tally.Messages;

namespace OrgLife.Tally.Formats;

/// <summary>
/// Rows in any order (docs/tally.md, "Row order"): before reading, the input is scanned for rows apart from their
/// branch's or ballot's earlier rows (rows sorted by candidate, branches interleaved, files concatenated). Contiguous
/// input is then streamed as it is; other input is regrouped in memory — each branch's rows together, each ballot's
/// rows together, in order of first appearance, every row keeping its line number — when it is at most
/// <see cref="RegroupLimit"/> bytes, and refused with an error naming the first row apart when it is larger.
/// </summary>
public sealed partial class CsvBallotReader
{
    /// <summary>The default of <see cref="RegroupLimit"/>: 64 MiB.</summary>
    public const int DefaultRegroupLimit = 64 << 20;

    /// <summary>The largest <see cref="RegroupLimit"/>: 1 GiB.</summary>
    public const int MaxRegroupLimit = 1 << 30;

    // The input line number of each line read, when the input was regrouped; null when read as it is.
    private long[]? lineMap;

    // Where the line RowKey split last lies in the decoded characters.
    private int keyStart;
    private int keyLength;

    /// <summary>
    /// The most bytes of input regrouped in memory when its rows are not contiguous (default 64 MiB; memory then
    /// peaks at about four times the input). Larger input whose rows are apart stops with an
    /// <see cref="InvalidDataException"/> naming the first row apart; contiguous input of any size is streamed.
    /// Input that cannot seek (a pipe, a <see cref="TextReader"/>) is held in memory up to this many bytes.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Below 1 or above <see cref="MaxRegroupLimit"/>.</exception>
    public int RegroupLimit
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, MaxRegroupLimit);
            field = value;
        }
    }
        = DefaultRegroupLimit;

    // The line number told in messages: the input's own, also after regrouping.
    private long ReportedLine => lineMap is { } map && lineNumber >= 1 && lineNumber <= map.Length ? map[lineNumber - 1] : lineNumber;

    /// <summary>Reads a stream or a text reader in an order where every branch's and ballot's rows are contiguous.</summary>
    internal IEnumerable<BranchTally?> ReadArranged(Stream? utf8, TextReader? text)
    {
        foreach (var step in ReadLines(Arrange(utf8, text)))
        {
            yield return step;
        }
    }

    private Utf8LineBuffer Arrange(Stream? utf8, TextReader? text)
    {
        lineMap = null;
        if (utf8 is { CanSeek: true })
        {
            // A chunk finds its rows apart as it reads them (CheckUnboxedOrder), or is trusted to have none.
            if (chunk != ChunkMode.None)
            {
                return new Utf8LineBuffer(utf8);
            }

            var start = utf8.Position;
            var apart = FirstLineApart(new Utf8LineBuffer(utf8));
            utf8.Position = start;
            if (apart == 0)
            {
                return new Utf8LineBuffer(utf8);
            }

            if (chunk == ChunkMode.Checked)
            {
                throw new ChunkNotReadableException();
            }

            var size = utf8.Length - start;
            if (size > RegroupLimit)
            {
                throw TooLargeToRegroup(apart);
            }

            var all = new byte[size];
            utf8.ReadExactly(all);
            return Regroup(all, all.Length);
        }

        var source = utf8 is null ? new Utf8LineBuffer(text!) : new Utf8LineBuffer(utf8);
        var (bytes, length, ended) = source.Hold(RegroupLimit);
        if (!ended)
        {
            // Too large to hold: streamed, and stopped with an error at the first row apart (EnterBranch, StartBallot).
            return new Utf8LineBuffer(bytes, length, source);
        }

        return FirstLineApart(new Utf8LineBuffer(new MemoryStream(bytes, 0, length, writable: false))) == 0
            ? new Utf8LineBuffer(new MemoryStream(bytes, 0, length, writable: false))
            : Regroup(bytes, length);
    }

    private InvalidDataException TooLargeToRegroup(long line) => TallyInputErrors.Create(new("Input.TooLargeToRegroup", ("line", line), ("limit", RegroupLimit)));

    private InvalidDataException RowsApart(TallyMessage what) => TallyInputErrors.Create(new("Input.RowsApart", ("line", ReportedLine), ("what", what), ("limit", RegroupLimit)));

    /// <summary>
    /// The number of the first line whose row is apart from its branch's or ballot's earlier rows, or 0 when every
    /// branch's and ballot's rows are contiguous. Reads lines as the reader does (header, repeated headers,
    /// byte-order marks, quoting, skipped rows); a row starting with the same branch and serial bytes as the row
    /// before is known to continue it without splitting.
    /// </summary>
    private static long FirstLineApart(Utf8LineBuffer input)
    {
        var scanner = new CsvBallotReader(_ => null, onRowError: null, fastPath: false);
        var endedBranches = new HashSet<string>(StringComparer.Ordinal);
        var serials = new HashSet<string>(StringComparer.Ordinal);
        string? branchNow = null;
        string? serialNow = null;
        var prefix = new byte[64];
        var prefixLength = 0;
        var prefixKey = ShortKey.None;
        long line = 0;
        while (true)
        {
            var fill = input.Fill();
            if (fill == Utf8LineBuffer.FillResult.End)
            {
                return 0;
            }

            if (fill == Utf8LineBuffer.FillResult.Overlong)
            {
                line++;
                continue;
            }

            var bytes = input.Buffer;
            var end = input.LinesEnd;
            var position = input.Start;

            // Line ends come from the structural mask of 64 bytes at a time (the buffer has room past its lines).
            var blockBase = position;
            var bits = CsvStructure.Mask(bytes, blockBase);
            while (position < end)
            {
                line++;
                int lineEnd;
                while (true)
                {
                    while (bits == 0)
                    {
                        blockBase += CsvStructure.BlockBytes;
                        bits = CsvStructure.Mask(bytes, blockBase);
                    }

                    lineEnd = blockBase + BitOperations.TrailingZeroCount(bits);
                    bits &= bits - 1;
                    if (bytes[lineEnd] == (byte)'\n')
                    {
                        break;
                    }
                }

                var raw = bytes.AsSpan(position, lineEnd - position);
                position = lineEnd + 1;
                if (prefixLength > 0 && prefixLength <= raw.Length && prefixKey.Matches(raw[..prefixLength], prefix.AsSpan(0, prefixLength)))
                {
                    continue;
                }

                prefixLength = 0;
                scanner.lineNumber = line;
                var key = scanner.RowKey(raw);
                if (key == RowKeyResult.BadHeader)
                {
                    return 0;
                }

                if (key != RowKeyResult.Row)
                {
                    continue;
                }

                var branchField = scanner.KeyField(Column.Branch);
                var serialField = scanner.KeyField(Column.Ballot);
                if (!branchField.SequenceEqual(branchNow))
                {
                    if (branchNow is not null)
                    {
                        endedBranches.Add(branchNow);
                    }

                    branchNow = branchField.ToString();
                    if (endedBranches.Contains(branchNow))
                    {
                        return line;
                    }

                    serials.Clear();
                    serialNow = null;
                }

                if (!serialField.SequenceEqual(serialNow))
                {
                    serialNow = serialField.ToString();
                    if (!serials.Add(serialNow))
                    {
                        return line;
                    }
                }

                prefixLength = scanner.PlainKeyPrefix(raw, ref prefix);
                prefixKey = ShortKey.Of(prefix.AsSpan(0, prefixLength));
            }

            input.Start = end;
        }
    }

    private enum RowKeyResult
    {
        /// <summary>A row with its fields split: the branch and serial are known.</summary>
        Row,

        /// <summary>A blank line, or a row the reader skips (it belongs to no ballot).</summary>
        NotRow,

        /// <summary>The header, or a later line that is a whole header.</summary>
        Header,

        /// <summary>The first header is malformed: the reader will stop on it.</summary>
        BadHeader,
    }

    // Reads one line (without its '\n') the way ReadLine does, up to splitting its fields.
    private RowKeyResult RowKey(ReadOnlySpan<byte> raw)
    {
        if (raw.Length > Utf8LineBuffer.MaxLineLength && Utf8LineBuffer.CharCount(raw) - (raw[^1] == (byte)'\r' ? 1 : 0) > Utf8LineBuffer.MaxLineLength)
        {
            return RowKeyResult.NotRow;
        }

        if (decoded.Length < raw.Length)
        {
            Array.Resize(ref decoded, Math.Max(decoded.Length * 2, raw.Length));
        }

        var line = TrimCarriageReturn(decoded.AsSpan(0, Encoding.UTF8.GetChars(raw, decoded)));
        var offset = line.Length > 0 && line[0] == '\uFEFF' ? 1 : 0;
        line = line[offset..];

        if (line.IsWhiteSpace())
        {
            return RowKeyResult.NotRow;
        }

        if (columnCount == 0)
        {
            if (ParseHeader(line, columnOf, out var count) is not null)
            {
                return RowKeyResult.BadHeader;
            }

            columnCount = count;
            return RowKeyResult.Header;
        }

        if (TryRepeatedHeader(line))
        {
            return RowKeyResult.Header;
        }

        if (line.Contains('\uFFFD') || Split(line) is not null)
        {
            return RowKeyResult.NotRow;
        }

        keyStart = offset;
        keyLength = line.Length;
        return Field(line, Column.Branch).IsEmpty || Field(line, Column.Ballot).IsEmpty ? RowKeyResult.NotRow : RowKeyResult.Row;
    }

    // A field of the line RowKey split last.
    private ReadOnlySpan<char> KeyField(Column column) => Field(decoded.AsSpan(keyStart, keyLength), column);

    // When branch and ballot are the first two columns, unquoted and the line has no byte-order mark: the length of
    // the line's bytes up to and including the comma after them (every row starting with them has the same key).
    private int PlainKeyPrefix(ReadOnlySpan<byte> raw, ref byte[] prefix)
    {
        if (columnOf[(int)Column.Branch] + columnOf[(int)Column.Ballot] != 1 || raw.StartsWith("\uFEFF"u8))
        {
            return 0;
        }

        var first = raw.IndexOf((byte)',');
        var second = first < 0 ? -1 : raw[(first + 1)..].IndexOf((byte)',');
        if (second < 0)
        {
            return 0;
        }

        var length = first + second + 2;
        if (raw[..length].Contains((byte)'"'))
        {
            return 0;
        }

        if (prefix.Length < length)
        {
            prefix = new byte[length * 2];
        }

        raw[..length].CopyTo(prefix);
        return length;
    }

    /// <summary>
    /// Regroups the input held in memory: each branch's rows (branches in order of first appearance), within a branch
    /// each ballot's rows (serials in order of first appearance), each in input order. A line that is no row (a row
    /// the reader skips, a blank line) goes with the row before it; a header is written before the first line that
    /// follows it in the new order, and again whenever the header in force changes.
    /// </summary>
    private Utf8LineBuffer Regroup(byte[] bytes, int length)
    {
        var scanner = new CsvBallotReader(_ => null, onRowError: null, fastPath: false);
        var branches = new Dictionary<string, (int Index, Dictionary<string, int> Serials)>(StringComparer.Ordinal);
        var groupBranch = new List<int>();
        var lines = new List<(int Start, int Length, int Group, int Header, long Number)>();
        var headers = new List<(int Start, int Length, long Number)>();
        var group = -1;
        var position = 0;
        long number = 0;
        while (position < length)
        {
            number++;
            var newline = bytes.AsSpan(position, length - position).IndexOf((byte)'\n');
            var lineEnd = newline < 0 ? length : position + newline;
            var raw = bytes.AsSpan(position, lineEnd - position);
            var start = position;
            position = lineEnd + 1;
            scanner.lineNumber = number;
            var key = scanner.RowKey(raw);
            if (key is RowKeyResult.Header or RowKeyResult.BadHeader)
            {
                headers.Add((start, raw.Length, number));
                continue;
            }

            if (key == RowKeyResult.Row)
            {
                var branch = scanner.KeyField(Column.Branch).ToString();
                if (!branches.TryGetValue(branch, out var known))
                {
                    branches.Add(branch, known = (branches.Count, new Dictionary<string, int>(StringComparer.Ordinal)));
                }

                var serial = scanner.KeyField(Column.Ballot).ToString();
                if (!known.Serials.TryGetValue(serial, out group))
                {
                    group = groupBranch.Count;
                    known.Serials.Add(serial, group);
                    groupBranch.Add(known.Index);
                }
            }

            lines.Add((start, raw.Length, group, headers.Count - 1, number));
        }

        // Rank the groups by branch, then by first appearance (group numbers grow in input order); a stable sort of
        // the lines by their group's rank.
        var order = Enumerable.Range(0, groupBranch.Count).ToArray();
        Array.Sort(order, (a, b) => groupBranch[a] != groupBranch[b] ? groupBranch[a].CompareTo(groupBranch[b]) : a.CompareTo(b));
        var rank = new long[order.Length];
        for (var i = 0; i < order.Length; i++)
        {
            rank[order[i]] = i + 1;
        }

        var keys = new long[lines.Count];
        var indexes = new int[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            keys[i] = ((lines[i].Group < 0 ? 0 : rank[lines[i].Group]) << 32) | (uint)i;
            indexes[i] = i;
        }

        Array.Sort(keys, indexes);
        var output = new MemoryStream(length + 64);
        var map = new List<long>(lines.Count + 4);
        var written = -1;
        if (headers.Count > 0 && (lines.Count == 0 || lines[indexes[0]].Header < 0))
        {
            // Only blank lines before the header, or no rows at all: the header goes first.
            Write(headers[0].Start, headers[0].Length, headers[0].Number);
            written = 0;
        }

        foreach (var index in indexes)
        {
            var line = lines[index];
            if (line.Header >= 0 && line.Header != written)
            {
                Write(headers[line.Header].Start, headers[line.Header].Length, headers[line.Header].Number);
                written = line.Header;
            }

            Write(line.Start, line.Length, line.Number);
        }

        lineMap = [.. map];
        output.Position = 0;
        return new Utf8LineBuffer(output);

        void Write(int start, int count, long lineNumber)
        {
            output.Write(bytes, start, count);
            output.WriteByte((byte)'\n');
            map.Add(lineNumber);
        }
    }
}
