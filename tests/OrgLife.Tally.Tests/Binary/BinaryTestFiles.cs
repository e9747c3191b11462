using System.Buffers.Binary;
using OrgLife.Tally.Formats.Binary;
using OrgLife.Tally.Synthetic;

namespace OrgLife.Tally.Tests.Binary;

/// <summary>Binary ballot files built in memory for the tests, and ways to corrupt them.</summary>
internal static class BinaryTestFiles
{
    public static byte[] Synthetic(ulong seed, long branches, int criteria = 1, bool serials = false)
    {
        using var memory = new MemoryStream();
        SyntheticRound.WriteTo(new SyntheticBallotGenerator(new SyntheticRoundOptions(seed, branches, criteria, includeSerials: serials)), memory);
        return memory.ToArray();
    }

    /// <summary>Offsets of every block, walking the headers.</summary>
    public static List<int> BlockOffsets(byte[] file)
    {
        var offsets = new List<int>();
        for (var offset = BallotFileLayout.FileHeaderSize; offset < file.Length;)
        {
            offsets.Add(offset);
            offset += BallotFileLayout.BlockHeaderSize + (int)BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan(offset + 4));
        }

        return offsets;
    }

    /// <summary>Overwrites a 32-bit header field and re-signs the header, as a buggy writer would.</summary>
    public static void PatchHeaderField(byte[] file, int blockOffset, int fieldOffset, int value)
    {
        var header = file.AsSpan(blockOffset, BallotFileLayout.BlockHeaderSize);
        BinaryPrimitives.WriteInt32LittleEndian(header[fieldOffset..], value);
        BinaryPrimitives.WriteUInt32LittleEndian(header[28..], BallotFileLayout.HeaderCheck(header));
    }
}
