using System.Text;
using Pathlight.Import;

namespace Pathlight.Tests.Import;

/// <summary>A folder of real files for one test class, deleted afterwards.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "pathlight-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Write(string name, string text) => Write(name, Encoding.UTF8.GetBytes(text));

    public string Write(string name, byte[] bytes)
    {
        var file = System.IO.Path.Combine(Path, name);
        File.WriteAllBytes(file, bytes);
        return file;
    }

    public static List<SourceRecord> ReadAll(string file, ImportFormat? format = null)
    {
        using var reader = SourceReader.Open(file, format);
        return reader.ReadRecords(TestContext.Current.CancellationToken).ToList();
    }

    /// <summary>UTF-8 bytes of the text with one byte that is never valid UTF-8 where the text has a '~'.</summary>
    public static byte[] WithInvalidByte(string text) =>
        Encoding.UTF8.GetBytes(text).SelectMany(b => b == (byte)'~' ? new byte[] { 0xFF } : [b]).ToArray();

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
