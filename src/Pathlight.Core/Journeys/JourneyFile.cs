using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Pathlight.Journeys;

/// <summary>
/// Reads journey files: the YAML that describes a journey's stages, touchpoints, KPIs and options
/// (see docs/journey-file.md). Every problem is reported with its line and column, all in one go.
/// </summary>
public static class JourneyFile
{
    /// <summary>Reads a journey from the text of a journey file.</summary>
    /// <param name="text">The file's text; kept as <see cref="Journey.Source"/>.</param>
    /// <param name="fileName">The name errors are reported against.</param>
    /// <returns>The journey, touchpoints in stage order and then file order.</returns>
    /// <exception cref="JourneyFileException">The text is not a valid journey file; every problem is listed.</exception>
    public static Journey Parse(string text, string fileName)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(fileName);

        var errors = new JourneyFileErrors(fileName);
        var root = ReadSingleDocument(text, errors);
        var journey = root is null ? null : new JourneyFileReader(errors).Read(root, text);
        if (journey is null || errors.Count > 0)
        {
            throw errors.ToException();
        }

        return journey;
    }

    /// <summary>Reads a journey from a journey file on disk.</summary>
    /// <param name="path">The file; errors are reported against this path as given.</param>
    /// <exception cref="JourneyFileException">The file cannot be read or is not a valid journey file.</exception>
    public static Journey Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);

        string text;
        try
        {
            if (Directory.Exists(path))
            {
                throw WholeFile(path, "this is a folder, not a journey file");
            }

            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw WholeFile(path, "file not found");
        }
        catch (UnauthorizedAccessException)
        {
            throw WholeFile(path, "cannot read the file: permission denied");
        }
        catch (Exception e) when (e is IOException or ArgumentException or NotSupportedException)
        {
            throw WholeFile(path, $"cannot read the file: {e.Message}");
        }

        return Parse(text, path);
    }

    /// <summary>The root node of the only document, or null when the text has a syntax error or is empty.</summary>
    private static YamlNode? ReadSingleDocument(string text, JourneyFileErrors errors)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            errors.Add(e.Start, $"YAML syntax error: {Plain(e.Message)}");
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner gives up without a position when the text ends inside an open [ or { ...
            var lines = text.Split('\n');
            errors.Add(new Mark(text.Length, lines.Length, lines[^1].Length + 1),
                "YAML syntax error: the file ends before a bracket, brace or quote is closed");
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            errors.Add(Mark.Empty, "the file is empty; a journey needs at least id, name, stages and touchpoints");
            return null;
        }

        foreach (var extra in stream.Documents.Skip(1))
        {
            errors.Add(extra.RootNode, "a journey file holds one YAML document, but another one starts here; remove the '---' line or split the file");
        }

        return stream.Documents[0].RootNode;
    }

    /// <summary>YamlDotNet's sentence, lower-cased at the start and without its full stop, to read as a reason.</summary>
    private static string Plain(string message)
    {
        var trimmed = message.Trim().TrimEnd('.');
        return trimmed.Length == 0 ? "the file cannot be read as YAML" : char.ToLowerInvariant(trimmed[0]) + trimmed[1..];
    }

    private static JourneyFileException WholeFile(string path, string reason)
    {
        var errors = new JourneyFileErrors(path);
        errors.AddForWholeFile(reason);
        return errors.ToException();
    }
}
