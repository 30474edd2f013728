using System.Text;

namespace Pathlight.Tests.Helpers;

/// <summary>A fresh folder under the system temp folder, deleted with everything in it on dispose.</summary>
public sealed class DisposableFolder : IDisposable
{
    public DisposableFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "pathlight-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>The full path of a file in the folder, which need not exist.</summary>
    public string File(string name) => System.IO.Path.Combine(Path, name);

    public string Write(string name, string text) => Write(name, Encoding.UTF8.GetBytes(text));

    public string Write(string name, byte[] bytes)
    {
        var file = File(name);
        System.IO.File.WriteAllBytes(file, bytes);
        return file;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open (a child process killed on timeout) must not fail the test run.
        }
    }
}
