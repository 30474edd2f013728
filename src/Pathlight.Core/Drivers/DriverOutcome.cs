namespace Pathlight.Drivers;

/// <summary>The overall outcome a key-driver analysis explains, one value per customer.</summary>
public enum DriverOutcome
{
    /// <summary>Would recommend (1) or not (0), from the customer's latest relationship response that answers it.</summary>
    Recommend,

    /// <summary>Would come back (1) or not (0), from the customer's latest relationship response that answers it.</summary>
    Return,

    /// <summary>Likelihood to recommend 0–10, from the customer's latest relationship response that answers it.</summary>
    Nps,

    /// <summary>Churned (1) when the customer has a <c>churned</c> outcome, else 0.</summary>
    Churn,
}
