using System.Text;
using Pathlight.Import;

namespace Pathlight.Tests.Import;

/// <summary>Reading test input files back as source records, and making invalid UTF-8 on purpose.</summary>
public static class SourceFiles
{
    public static List<SourceRecord> ReadAll(string file, ImportFormat? format = null)
    {
        using var reader = SourceReader.Open(file, format);
        return reader.ReadRecords(TestContext.Current.CancellationToken).ToList();
    }

    /// <summary>UTF-8 bytes of the text with one byte that is never valid UTF-8 where the text has a '~'.</summary>
    public static byte[] WithInvalidByte(string text) =>
        Encoding.UTF8.GetBytes(text).SelectMany(b => b == (byte)'~' ? new byte[] { 0xFF } : [b]).ToArray();
}
