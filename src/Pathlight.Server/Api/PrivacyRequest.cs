namespace Pathlight.Server.Api;

/// <summary>The body of a privacy request: the identifier the person gave, as kind:value.</summary>
/// <param name="Identifier">For example <c>email:ann@example.com</c>; normalized as facts' identifiers are.</param>
public sealed record PrivacyRequest(string? Identifier);
