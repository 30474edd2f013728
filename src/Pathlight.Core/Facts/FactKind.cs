namespace Pathlight.Facts;

/// <summary>The four kinds of append-only facts.</summary>
public enum FactKind
{
    /// <summary>Something a customer did or met at a touchpoint.</summary>
    Interaction,

    /// <summary>Survey feedback, about a touchpoint or about the relationship as a whole.</summary>
    Response,

    /// <summary>A support case and the touchpoint that caused it.</summary>
    Case,

    /// <summary>An outcome such as churn, a repeat purchase or a renewal.</summary>
    Outcome,
}
