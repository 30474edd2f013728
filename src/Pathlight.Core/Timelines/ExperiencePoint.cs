namespace Pathlight.Timelines;

/// <summary>A customer's running experience after one touchpoint answer.</summary>
/// <param name="At">When the answer was given (UTC).</param>
/// <param name="TouchpointId">The touchpoint answered about.</param>
/// <param name="TouchpointName">Its name.</param>
/// <param name="Score">The answer's touchpoint score (0–10).</param>
/// <param name="Running">The mean of this and every earlier touchpoint score of the customer.</param>
/// <param name="Answers">How many touchpoint scores the running mean covers.</param>
public sealed record ExperiencePoint(DateTime At, string TouchpointId, string TouchpointName, double Score, double Running, int Answers);
