namespace Pathlight.Identity;

/// <summary>A typed customer identifier such as <c>email:ann@example.com</c>, its value already normalized.</summary>
/// <param name="Kind">customer_id, account, email, phone, loyalty, device, or a kind the journey declares.</param>
/// <param name="Value">The normalized value (or its keyed hash when the journey pseudonymizes identifiers).</param>
public readonly record struct Identifier(string Kind, string Value)
{
    /// <summary>
    /// Reads <c>kind:value</c> as written on a command line or in an API request; the value is not normalized yet.
    /// </summary>
    /// <exception cref="PathlightException">No kind, no value, or no colon between them.</exception>
    public static Identifier Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == text.Length - 1)
        {
            throw new PathlightException(
                $"'{text}' is not an identifier; write it as kind:value, like email:ann@example.com or customer_id:C042");
        }

        return new Identifier(text[..colon].Trim().ToLowerInvariant(), text[(colon + 1)..].Trim());
    }

    /// <inheritdoc />
    public override string ToString() => $"{Kind}:{Value}";
}
