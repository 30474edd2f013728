using Pathlight.Statistics;

namespace Pathlight.Server.Pages;

/// <summary>One touchpoint on the emotion curve.</summary>
/// <param name="Id">Touchpoint id.</param>
/// <param name="Name">Display name.</param>
/// <param name="Intentional">False for contacts the company does not plan.</param>
/// <param name="Score">Mean touchpoint score (0–10) with its t interval, or null without answers.</param>
/// <param name="Stated">Mean expectation the customers stated (0–10) with its t interval, or null when none did.</param>
/// <param name="Expected">The journey file's expected score, used where no customer stated an expectation.</param>
public sealed record EmotionPoint(string Id, string Name, bool Intentional, Measure? Score, Measure? Stated, double? Expected);
