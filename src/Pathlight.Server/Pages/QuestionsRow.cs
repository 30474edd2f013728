using Pathlight.Metrics;

namespace Pathlight.Server.Pages;

/// <summary>One touchpoint's three questions, for the panel's chart and table.</summary>
public sealed record QuestionsRow(string Id, string Name, ThreeQuestions Questions);
