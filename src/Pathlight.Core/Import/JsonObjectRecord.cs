using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace Pathlight.Import;

/// <summary>Turns one JSON object (an NDJSON line, a JSON array item) into a record of flat values.</summary>
internal static class JsonObjectRecord
{
    private static readonly JsonReaderOptions ReaderOptions = new() { CommentHandling = JsonCommentHandling.Disallow };

    /// <summary>
    /// Reads <paramref name="json"/>, which must be valid UTF-8. <paramref name="columns"/> is the previous
    /// record's column array: it is reused when the keys are the same, so consecutive records share one
    /// list and the fact parser resolves it once.
    /// </summary>
    public static SourceRecord Read(ReadOnlySpan<byte> json, long line, string what, ref string[]? columns)
    {
        var raw = Encoding.UTF8.GetString(json);
        var names = new List<string>();
        var values = new List<string?>();
        string? problem = null;
        try
        {
            var reader = new Utf8JsonReader(json, ReaderOptions);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return Rejected(line, raw, $"the {what} is not a JSON object");
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString()!.Trim().ToLowerInvariant();
                reader.Read();
                var value = Value(ref reader, name, ref problem);
                if (name.Length == 0)
                {
                    problem ??= "a key is empty; every value needs a column name";
                }
                else if (names.Contains(name))
                {
                    problem ??= $"column {name} appears twice";
                }

                names.Add(name);
                values.Add(value);
            }

            while (reader.Read())
            {
                // Reading on to the end makes the reader reject anything after the object.
            }
        }
        catch (JsonException e)
        {
            return Rejected(line, raw, $"the {what} is not valid JSON: {JsonMessage(e)}");
        }

        if (problem is not null)
        {
            return Rejected(line, raw, problem);
        }

        if (columns is null || !columns.AsSpan().SequenceEqual(CollectionsMarshal.AsSpan(names)))
        {
            columns = [.. names];
        }

        return new SourceRecord(line, columns, values.ToArray(), raw);
    }

    /// <summary>A System.Text.Json message without its position, which is relative to what the reader saw.</summary>
    public static string JsonMessage(JsonException e)
    {
        var message = e.Message;
        var at = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (at >= 0 ? message[..at] : message).TrimEnd();
    }

    private static string? Value(ref Utf8JsonReader reader, string name, ref string? problem)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return reader.GetString();
            case JsonTokenType.Number:
                return Encoding.UTF8.GetString(reader.ValueSpan);
            case JsonTokenType.True:
                return "true";
            case JsonTokenType.False:
                return "false";
            case JsonTokenType.StartObject or JsonTokenType.StartArray:
                problem ??= $"column {name}: nested values are not supported";
                reader.Skip();
                return null;
            default:
                return null;
        }
    }

    private static SourceRecord Rejected(long line, string raw, string reason) => new(line, [], [], raw, reason);
}
