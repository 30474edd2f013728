namespace Pathlight.Identity;

/// <summary>The identifier kinds Pathlight knows, and the order in which a fact's identifiers are ranked.</summary>
public static class IdentifierKinds
{
    /// <summary>The company's own customer number; the kind customers are counted by.</summary>
    public const string CustomerId = "customer_id";

    /// <summary>An e-mail address, trimmed and lower-cased.</summary>
    public const string Email = "email";

    /// <summary>A phone number, in E.164.</summary>
    public const string Phone = "phone";

    /// <summary>An account number.</summary>
    public const string Account = "account";

    /// <summary>A device or browser id.</summary>
    public const string Device = "device";

    /// <summary>A loyalty card number.</summary>
    public const string Loyalty = "loyalty";

    /// <summary>
    /// The built-in kinds, most personal first. A fact is filed under its first identifier in this order (kinds a
    /// journey declares rank after loyalty and before device, the kind most often shared).
    /// </summary>
    public static IReadOnlyList<string> BuiltIn { get; } = [CustomerId, Account, Email, Phone, Loyalty, Device];

    /// <summary>The identifier columns of a journey's facts besides customer_id, in rank order.</summary>
    public static IReadOnlyList<string> ExtraColumns(IReadOnlyList<string> declared) =>
        [Account, Email, Phone, Loyalty, .. declared, Device];

    /// <summary>Every identifier column of a journey's facts, customer_id first, in rank order.</summary>
    public static IReadOnlyList<string> Ranked(IReadOnlyList<string> declared) => [CustomerId, .. ExtraColumns(declared)];

    /// <summary>Whether <paramref name="kind"/> is built in.</summary>
    public static bool IsBuiltIn(string kind) => BuiltIn.Contains(kind, StringComparer.Ordinal);
}
