namespace Pathlight.Timelines;

/// <summary>A touchpoint a customer met, with what they did and said there.</summary>
/// <param name="TouchpointId">The touchpoint.</param>
/// <param name="Name">Its name (its id when the journey does not know it).</param>
/// <param name="StageId">Its stage, when the journey knows it.</param>
/// <param name="Interactions">The customer's interactions there.</param>
/// <param name="Responses">The customer's survey responses about it.</param>
/// <param name="Score">The customer's score there: the mean touchpoint score of their responses, or null.</param>
/// <param name="FirstAt">When the customer first met it (UTC).</param>
public sealed record TouchpointVisit(string TouchpointId, string Name, string? StageId, int Interactions, int Responses, double? Score,
    DateTime FirstAt);
