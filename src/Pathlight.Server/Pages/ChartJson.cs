using System.Text.Json;

namespace Pathlight.Server.Pages;

/// <summary>
/// Chart data as JSON for a <c>&lt;script type="application/json"&gt;</c> element. The default encoder escapes
/// &lt;, &gt; and &amp;, so no text in the data (a touchpoint name, say) can close the element early.
/// </summary>
internal static class ChartJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);
}
