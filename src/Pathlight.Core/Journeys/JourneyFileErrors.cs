using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Pathlight.Journeys;

/// <summary>Collects the problems of one journey file so they can all be reported together.</summary>
internal sealed class JourneyFileErrors(string fileName)
{
    private readonly List<JourneyFileError> _errors = [];

    public int Count => _errors.Count;

    public void Add(YamlNode node, string reason) => Add(node.Start, reason);

    public void Add(Mark mark, string reason) =>
        _errors.Add(new JourneyFileError(fileName, (int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column), reason));

    public void AddForWholeFile(string reason) => _errors.Add(new JourneyFileError(fileName, 0, 0, reason));

    public JourneyFileException ToException() =>
        new([.. _errors.OrderBy(e => e.Line).ThenBy(e => e.Column)]);
}
