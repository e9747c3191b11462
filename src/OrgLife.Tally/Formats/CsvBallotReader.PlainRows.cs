using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Unicode;
using OrgLife.Tally.Box;
using OrgLife.Tally.Merging;

namespace OrgLife.Tally.Formats;

/// <summary>
/// The hot path of <see cref="CsvBallotReader"/>: lines of plain fields (no quote) split with the structural mask and
/// read on their UTF-8 bytes. Its reference is the general path (<c>ReadLine</c> on decoded text), which every other
/// line takes; a property test holds that both give the same tallies and row errors on any input. Field bounds come
/// from the scan of the buffer itself, so they are read without bounds checks.
/// </summary>
public sealed partial class CsvBallotReader
{
    // Per column, the slot of its start in the bounds (2 × its field index; its length follows), or −1 when absent.
    private int branchSlot;
    private int serialSlot;
    private int categorySlot;
    private int candidateSlot;
    private int criterionSlot;
    private int gradeSlot;

    // False when the lines in the buffer have no space or tab at all, so no field needs trimming.
    private bool blanksInRun;

    // When the header starts with the columns that name a ballot (branch and ballot, and category if present), a row
    // that starts with the same bytes as the last row read of the open ballot, up to and including the comma after
    // them (the lead), belongs to that ballot: those fields need neither splitting nor comparing. leadLength is 0 when
    // there is no such lead (another header, or the ballot or branch has just changed).
    private int leadFields;
    private int leadLength;

    // The run being read (ReadRun): where its whole lines end in the buffer, the end of the lines known clean (a window
    // checked at once) and the end of a window found not clean (its lines are checked one by one).
    private int linesEnd;
    private int cleanTo;
    private int dirtyTo;

    // The window checked at once: small, so a run restarted after each branch re-checks little.
    private const int CleanWindow = 4096;

    // Short field texts of lines found clean (valid UTF-8, no U+FFFD), by their key in a table of 256 slots (a text
    // replaces the one in its slot): candidates, grades and criteria repeat, so most rows need no UTF-8 check.
    private readonly ShortKey[] cleanTexts = new ShortKey[256];
    private int rawLeadEnd;
    private byte[] leadBytes = new byte[64];
    private ShortKey leadKey;

    private void RememberFieldSlots()
    {
        branchSlot = SlotOf(Column.Branch);
        serialSlot = SlotOf(Column.Ballot);
        categorySlot = SlotOf(Column.Category);
        candidateSlot = SlotOf(Column.Candidate);
        criterionSlot = SlotOf(Column.Criterion);
        gradeSlot = SlotOf(Column.Grade);
        var identity = new[] { Column.Branch, Column.Ballot, Column.Category }.Where(c => columnOf[(int)c] >= 0).ToArray();
        leadFields = identity.All(c => columnOf[(int)c] < identity.Length) ? identity.Length : 0;
    }

    private bool StartsWithLead(byte[] bytes, int position, int end) =>
        leadLength <= end - position && leadKey.Matches(bytes.AsSpan(position, leadLength), leadBytes.AsSpan(0, leadLength));

    // Keeps the raw lead of a row of the open ballot, for the rows after it.
    private void RememberLead(byte[] bytes, int lineStart)
    {
        var lead = bytes.AsSpan(lineStart, rawLeadEnd - lineStart);
        if (leadBytes.Length < lead.Length)
        {
            leadBytes = new byte[lead.Length];
        }

        lead.CopyTo(leadBytes);
        leadKey = ShortKey.Of(lead);
        leadLength = lead.Length;
    }

    private int SlotOf(Column column) => columnOf[(int)column] < 0 ? -1 : 2 * columnOf[(int)column];

    /// <summary>
    /// Splits a line of plain fields (no quote) with the structural mask: true with each field's start and length in
    /// <paramref name="bounds"/> (blanks trimmed) when it has exactly the header's number of fields and is not
    /// over-long. Otherwise false, with the line's end when the scan reached it (else −1), and the line is left to
    /// <see cref="ReadEncodedLine"/>.
    /// </summary>
    private bool TrySplitPlain(byte[] bytes, int position, int lead, Span<int> bounds, out int lineEnd)
    {
        unchecked
        {
            // With a known lead, the scan starts after it, at the first field the row does not share.
            var scanFrom = position + lead;
            if (scanNext != scanFrom)
            {
                scanBase = scanFrom;
                scanBits = CsvStructure.Mask(bytes, scanFrom);
            }

            ref var bound = ref MemoryMarshal.GetReference(bounds);
            ref var data = ref MemoryMarshal.GetArrayDataReference(bytes);
            var slots = 2 * columnCount;
            var leadSlots = 2 * leadFields;
            var slot = lead > 0 ? leadSlots : 0;
            var fieldStart = scanFrom;
            while (true)
            {
                while (scanBits == 0)
                {
                    scanBase += CsvStructure.BlockBytes;
                    scanBits = CsvStructure.Mask(bytes, scanBase);
                }

                var at = scanBase + BitOperations.TrailingZeroCount(scanBits);
                scanBits &= scanBits - 1;
                var structural = Unsafe.Add(ref data, at);
                if (structural == (byte)'"')
                {
                    scanNext = -1;
                    lineEnd = -1;
                    return false;
                }

                if (slot < slots)
                {
                    Unsafe.Add(ref bound, slot) = fieldStart;
                    Unsafe.Add(ref bound, slot + 1) = at - fieldStart;
                }

                if (slot + 2 == leadSlots)
                {
                    rawLeadEnd = at + 1;
                }

                slot += 2;
                fieldStart = at + 1;
                if (structural == (byte)'\n')
                {
                    lineEnd = at;
                    break;
                }
            }

            scanNext = lineEnd + 1;
            if (slot != slots || lineEnd - position > Utf8LineBuffer.MaxLineLength)
            {
                return false;
            }

            if (Unsafe.Add(ref data, lineEnd - 1) == (byte)'\r' && Unsafe.Add(ref bound, slots - 1) > 0)
            {
                Unsafe.Add(ref bound, slots - 1)--;
            }

            for (slot = lead > 0 ? leadSlots : 0; blanksInRun && slot < slots; slot += 2)
            {
                ref var start = ref Unsafe.Add(ref bound, slot);
                ref var length = ref Unsafe.Add(ref bound, slot + 1);

                // Most fields have no blank at either end; test the ends before trimming.
                if (length > 0 && (IsBlank(Unsafe.Add(ref data, start)) || IsBlank(Unsafe.Add(ref data, start + length - 1))))
                {
                    var (trimmedStart, trimmedLength) = TrimBlanks<byte>(bytes.AsSpan(start, length));
                    start += trimmedStart;
                    length = trimmedLength;
                }
            }

            return true;
        }
    }

    /// <summary>
    /// What <see cref="ReadLine"/> does, on UTF-8 bytes, for a line of plain fields. The usual row — same branch,
    /// same ballot and category (known from its lead when <paramref name="sameBallot"/>), a mark the box resolves
    /// from bytes — needs no decoding and no UTF-8 check, since every field then equals bytes already known to be clean. Any other row is first checked (an unclean one goes
    /// to <see cref="ReadEncodedLine"/>, which reports it), then its rare events decode what they need.
    /// </summary>
    private BranchTally? ReadPlainRow(byte[] bytes, int lineStart, int lineEnd, ReadOnlySpan<int> bounds, bool sameBallot)
    {
        ref var bound = ref MemoryMarshal.GetReference(bounds);
        ref var data = ref MemoryMarshal.GetArrayDataReference(bytes);
        var candidate = PlainField(ref data, ref bound, candidateSlot);
        var criterion = PlainField(ref data, ref bound, criterionSlot);
        var grade = PlainField(ref data, ref bound, gradeSlot);
        if (!sameBallot)
        {
            var branchField = PlainField(ref data, ref bound, branchSlot);
            var serialField = PlainField(ref data, ref bound, serialSlot);
            var category = PlainField(ref data, ref bound, categorySlot);
            if ((census is null ? box is null : !census.InBranch) || serialField.IsEmpty || !serialKey.Matches(serialField, serialBytes.AsSpan(0, serialLength)) ||
                !branchKey.Matches(branchField, branchBytes) || !categoryKey.Matches(category, categoryBytes.AsSpan(0, categoryLength)))
            {
                return ReadUnusualPlainRow(bytes.AsSpan(lineStart, lineEnd - lineStart), branchField, serialField, category, candidate, criterion, grade);
            }

            if (leadFields > 0)
            {
                RememberLead(bytes, lineStart);
            }
        }

        // Same branch (with a box, or being counted), ballot and category as the row before.
        if (census is not null)
        {
            if (!IsCleanRow(bytes, lineStart, lineEnd, candidate, criterion, grade))
            {
                return ReadEncodedLine(bytes.AsSpan(lineStart, lineEnd - lineStart));
            }

            census.RowUtf8(candidate, criterion, grade);
            return null;
        }

        if (ballotOpen && !grade.IsEmpty && box!.TryMarkUtf8(candidate, criterion, grade))
        {
            return null;
        }

        if (!IsCleanRow(bytes, lineStart, lineEnd, candidate, criterion, grade))
        {
            return ReadEncodedLine(bytes.AsSpan(lineStart, lineEnd - lineStart));
        }

        if (ballotOpen)
        {
            MarkDecoded(candidate, criterion, grade);
        }

        return null;
    }

    // A row that starts a branch or ballot, or has an empty or unexpected field: checked, then read like ReadLine.
    private BranchTally? ReadUnusualPlainRow(ReadOnlySpan<byte> line, ReadOnlySpan<byte> branchField, ReadOnlySpan<byte> serialField, ReadOnlySpan<byte> category, ReadOnlySpan<byte> candidate, ReadOnlySpan<byte> criterion, ReadOnlySpan<byte> grade)
    {
        if (!IsClean(line) || MayBeHeader(line))
        {
            return ReadEncodedLine(line);
        }

        var newBranch = branchField.IsEmpty || branchField.SequenceEqual(branchBytes) ? null : Encoding.UTF8.GetString(branchField);
        if (!TryEnterRow(branchField.IsEmpty, serialField.IsEmpty, newBranch, out var finished))
        {
            CheckUnboxedOrder(branchField.IsEmpty, chunk == ChunkMode.Checked ? Encoding.UTF8.GetString(serialField) : string.Empty);
            return finished;
        }

        if (!serialField.SequenceEqual(serialBytes.AsSpan(0, serialLength)))
        {
            StartBallot(serialField, category);
        }
        else if (!category.SequenceEqual(categoryBytes.AsSpan(0, categoryLength)))
        {
            SkipCategory(Encoding.UTF8.GetString(category));
            return finished;
        }

        census?.RowUtf8(candidate, criterion, grade);
        if (ballotOpen && !box!.TryMarkUtf8(candidate, criterion, grade))
        {
            MarkDecoded(candidate, criterion, grade);
        }

        return finished;
    }

    // A line that starts with a byte-order mark or whose first field is a column name goes the general way, which
    // reads a repeated header (concatenated files) and drops a byte-order mark before a row.
    private static bool MayBeHeader(ReadOnlySpan<byte> line)
    {
        if (line.StartsWith("\uFEFF"u8))
        {
            return true;
        }

        var comma = line.IndexOf((byte)',');
        var first = TrimBlanks<byte>(comma < 0 ? line : line[..comma]);
        var name = (comma < 0 ? line : line[..comma]).Slice(first.Start, first.Length);
        if (name.Length >= 2 && name[0] == (byte)'"' && name[^1] == (byte)'"')
        {
            name = name[1..^1];
        }

        foreach (var column in ColumnNames)
        {
            if (Ascii.EqualsIgnoreCase(name, column))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsBlank(byte value) => value is (byte)' ' or (byte)'\t';

    // True when the field is empty or a short text of a line found clean before (a short key holds the whole text).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool IsKnownClean(ReadOnlySpan<byte> field)
    {
        if (field.IsEmpty)
        {
            return true;
        }

        var key = ShortKey.Of(field);
        return key.IsShort && cleanTexts[key.Slot256()].Is(key);
    }

    // Keeps a short field of a line found clean.
    private void RememberClean(ReadOnlySpan<byte> field)
    {
        var key = ShortKey.Of(field);
        if (!field.IsEmpty && key.IsShort)
        {
            cleanTexts[key.Slot256()] = key;
        }
    }

    // True when the line of the open ballot (its lead known clean) is clean: each of its other fields is known clean,
    // or the line is checked, and then its fields are kept as known clean. Every field is one of the header's known
    // columns, so the line is clean exactly when each field is.
    private bool IsCleanRow(byte[] bytes, int lineStart, int lineEnd, ReadOnlySpan<byte> candidate, ReadOnlySpan<byte> criterion, ReadOnlySpan<byte> grade)
    {
        if (((census is not null && census.IsNextCandidate(candidate)) || IsKnownClean(candidate)) && IsKnownClean(grade) && IsKnownClean(criterion))
        {
            return true;
        }

        if (!IsCleanLine(bytes, lineStart, lineEnd))
        {
            return false;
        }

        RememberClean(candidate);
        RememberClean(grade);
        RememberClean(criterion);
        return true;
    }

    // What the general path would find no fault with: valid UTF-8 without U+FFFD.
    private static bool IsClean(ReadOnlySpan<byte> line) => Utf8.IsValid(line) && line.IndexOf("\uFFFD"u8) < 0;

    // IsClean of the line [lineStart, lineEnd) of the run being read (lines in input order, lineEnd at its line feed),
    // checked for the lines up to a few KiB ahead at once: no UTF-8 sequence, and so no U+FFFD, spans a line feed, so
    // when whole lines are clean together each one is; when they are not, each is checked alone.
    private bool IsCleanLine(byte[] bytes, int lineStart, int lineEnd)
    {
        if (lineEnd <= cleanTo)
        {
            return true;
        }

        if (lineEnd > dirtyTo)
        {
            var window = bytes.AsSpan(lineStart, Math.Min(CleanWindow, linesEnd - lineStart));
            var windowEnd = lineStart + window.LastIndexOf((byte)'\n');
            if (windowEnd >= lineEnd)
            {
                if (IsClean(bytes.AsSpan(lineStart, windowEnd - lineStart)))
                {
                    cleanTo = windowEnd;
                    return true;
                }

                dirtyTo = windowEnd;
            }
        }

        return IsClean(bytes.AsSpan(lineStart, lineEnd - lineStart));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ReadOnlySpan<byte> PlainField(ref byte data, ref int bound, int slot) =>
        slot < 0 ? default : MemoryMarshal.CreateReadOnlySpan(ref Unsafe.Add(ref data, Unsafe.Add(ref bound, slot)), Unsafe.Add(ref bound, unchecked(slot + 1)));
}
