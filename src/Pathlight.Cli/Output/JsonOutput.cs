using System.Text.Json;

namespace Pathlight.Cli;

/// <summary>JSON settings for everything the CLI prints as JSON.</summary>
internal static class JsonOutput
{
    internal static JsonSerializerOptions Options { get; } = new() { WriteIndented = true };
}
