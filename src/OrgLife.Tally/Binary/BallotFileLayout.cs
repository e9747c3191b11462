using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using OrgLife.Tally.Messages;

namespace OrgLife.Tally.Formats.Binary;

/// <summary>The constants of the compact binary ballot format (docs/tally-binary-format.md). All integers are little-endian.</summary>
public static class BallotFileLayout
{
    /// <summary>The file's first 8 bytes: ASCII "OLBALLOT".</summary>
    public static ReadOnlySpan<byte> FileMagic => "OLBALLOT"u8;

    /// <summary>The format version this library reads and writes.</summary>
    public const ushort Version = 1;

    /// <summary>Bytes of the file header: magic (8), version (2), header size (2), reserved (4).</summary>
    public const int FileHeaderSize = 16;

    /// <summary>Bytes of a block header.</summary>
    public const int BlockHeaderSize = 32;

    /// <summary>A block's first 4 bytes: ASCII "OLBK".</summary>
    public static ReadOnlySpan<byte> BlockMarker => "OLBK"u8;

    /// <summary>Block flag: the payload holds one 64-bit serial per ballot.</summary>
    public const ushort SerialsFlag = 1;

    /// <summary>The most candidates a block may declare.</summary>
    public const int MaxCandidates = 100_000;

    /// <summary>The most criteria (columns) per candidate a block may declare.</summary>
    public const int MaxCriteria = 64;

    /// <summary>The most ballots a block may declare.</summary>
    public const int MaxBallots = 10_000_000;

    /// <summary>The check of a block header: a 32-bit FNV-1a hash of its first 28 bytes.</summary>
    internal static uint HeaderCheck(ReadOnlySpan<byte> header)
    {
        unchecked
        {
            var hash = 2166136261u;
            foreach (var value in header[..28])
            {
                hash = (hash ^ value) * 16777619u;
            }

            return hash;
        }
    }

    /// <summary>
    /// The checks of four block headers at once (<see cref="HeaderCheck"/> of the 28 bytes at each position), the four
    /// hashes computed side by side: each is a chain of dependent multiplies, so four chains take about the time of one.
    /// </summary>
    /// <param name="buffer">Holds the headers.</param>
    /// <param name="first">Where the first header starts.</param>
    /// <param name="second">Where the second starts.</param>
    /// <param name="third">Where the third starts.</param>
    /// <param name="fourth">Where the fourth starts.</param>
    /// <returns>The four checks.</returns>
    internal static (uint First, uint Second, uint Third, uint Fourth) HeaderChecks(ReadOnlySpan<byte> buffer, int first, int second, int third, int fourth)
    {
        // The slices check the bounds once; the loop then reads within them.
        ref var a = ref MemoryMarshal.GetReference(buffer.Slice(first, 28));
        ref var b = ref MemoryMarshal.GetReference(buffer.Slice(second, 28));
        ref var c = ref MemoryMarshal.GetReference(buffer.Slice(third, 28));
        ref var d = ref MemoryMarshal.GetReference(buffer.Slice(fourth, 28));
        unchecked
        {
            uint ha = 2166136261u, hb = 2166136261u, hc = 2166136261u, hd = 2166136261u;
            for (var index = 0; index < 28; index++)
            {
                ha = (ha ^ Unsafe.Add(ref a, index)) * 16777619u;
                hb = (hb ^ Unsafe.Add(ref b, index)) * 16777619u;
                hc = (hc ^ Unsafe.Add(ref c, index)) * 16777619u;
                hd = (hd ^ Unsafe.Add(ref d, index)) * 16777619u;
            }

            return (ha, hb, hc, hd);
        }
    }

    /// <summary>Writes the file header.</summary>
    internal static void WriteFileHeader(Span<byte> destination)
    {
        FileMagic.CopyTo(destination);
        BinaryPrimitives.WriteUInt16LittleEndian(destination[8..], Version);
        BinaryPrimitives.WriteUInt16LittleEndian(destination[10..], FileHeaderSize);
        BinaryPrimitives.WriteUInt32LittleEndian(destination[12..], 0);
    }

    /// <summary>Throws unless the bytes are a file header this library reads.</summary>
    internal static void ValidateFileHeader(ReadOnlySpan<byte> header, int available)
    {
        if (available < FileHeaderSize)
        {
            throw new BallotFormatException(new TallyMessage("Binary.ShortFile", ("available", available), ("size", FileHeaderSize)), 0, "file header");
        }

        if (!header[..8].SequenceEqual(FileMagic))
        {
            throw new BallotFormatException(new TallyMessage("Binary.NoMagic"), 0, "magic");
        }

        var version = BinaryPrimitives.ReadUInt16LittleEndian(header[8..]);
        if (version != Version)
        {
            throw new BallotFormatException(new TallyMessage("Binary.Version", ("version", version), ("supported", Version)), 8, "version");
        }

        var size = BinaryPrimitives.ReadUInt16LittleEndian(header[10..]);
        if (size != FileHeaderSize)
        {
            throw new BallotFormatException(new TallyMessage("Binary.HeaderSize", ("size", size), ("expected", FileHeaderSize)), 10, "header size");
        }
    }
}
