namespace Pathlight.Tests.Webhooks;

/// <summary>One request the receiver got: method, path, headers and the raw body bytes.</summary>
public sealed record ReceivedRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, byte[] Body);
