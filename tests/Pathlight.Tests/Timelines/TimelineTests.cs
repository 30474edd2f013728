using System.Text.Json;
using Pathlight.Facts;
using Pathlight.Storage.DuckDb;
using Pathlight.Tests.Helpers;
using Pathlight.Timelines;

namespace Pathlight.Tests.Timelines;

public sealed class TimelineTests(TimelineStore data) : IClassFixture<TimelineStore>
{
    private CustomerTimeline Timeline()
    {
        var journey = data.Store.GetJourney("j");
        return TimelineBuilder.Build(journey, TimelineStore.Customer, data.Store.GetCustomerFacts("j", TimelineStore.Customer));
    }

    [Fact]
    public void EveryFactOfTheCustomerIsOnTheTimelineInTimeOrder()
    {
        var timeline = Timeline();

        // i3 and r2 share a timestamp: the interaction comes before the answer about it.
        Assert.Equal(
            ["i1 interaction", "r1 response", "r0 response", "i2 interaction", "i3 interaction", "r2 response", "k1 case_opened",
             "k1 case_resolved", "k2 case_opened", "r-rel response", "o1 outcome"],
            timeline.Events.Select(e => $"{e.Fact.Id} {TimelineText.Of(e.Kind)}"));
        Assert.Equal(timeline.Events.Select(e => e.At).Order(), timeline.Events.Select(e => e.At));
        Assert.DoesNotContain(timeline.Events, e => e.Fact.Id == "i-other");
        Assert.Equal((3, 4, 2, 1), (timeline.Count(FactKind.Interaction), timeline.Count(FactKind.Response),
            timeline.Count(FactKind.Case), timeline.Count(FactKind.Outcome)));
        Assert.Equal((TimelineStore.At(1), TimelineStore.At(20)), (timeline.FirstSeen, timeline.LastSeen));
    }

    [Fact]
    public void RunningExperienceIsTheMeanOfTheTouchpointScoresSoFar()
    {
        var timeline = Timeline();

        // r1 scores 8 (no reality, so its likelihood to recommend); r2 scores its reality 2: running 8, then (8 + 2) / 2 = 5.
        // Relationship answers are not touchpoint scores.
        Assert.Equal([(8.0, 8.0), (2.0, 5.0)], timeline.Experience.Select(p => (p.Score, p.Running)));
        Assert.Equal(5.0, timeline.CurrentExperience);
        Assert.Equal([8.0, 5.0], timeline.Events.Where(e => e.Experience is not null).Select(e => e.Experience!.Value));
        Assert.Null(timeline.Events.Single(e => e.Fact.Id == "r-rel").Experience);
    }

    [Fact]
    public void VisitsLatestRelationshipAnswerAndOpenCasesAreTheCustomers()
    {
        var timeline = Timeline();

        Assert.Equal([("a", 1, 1, (double?)8), ("b", 2, 1, 2)],
            timeline.Visited.Select(v => (v.TouchpointId, v.Interactions, v.Responses, v.Score)));
        Assert.Equal("r-rel", timeline.LatestRelationship?.Id);
        Assert.Equal("k2", Assert.Single(timeline.OpenCases).Id);
    }

    [Fact]
    public void EventsCarryTheirTouchpointChannelAndValues()
    {
        var timeline = Timeline();

        var interaction = timeline.Events.Single(e => e.Fact.Id == "i2");
        Assert.Equal(("Touchpoint b", "web"), (interaction.TouchpointName, interaction.Channel));
        Assert.Equal("north", interaction.Fact.Attributes["region"]);
        Assert.Equal("succeeded · 95 s · value 499", TimelineDetails.Describe(interaction));
        var resolved = timeline.Events.Single(e => e.Kind == TimelineEventKind.CaseResolved);
        Assert.Equal(("Touchpoint b", "chat"), (resolved.TouchpointName, resolved.Channel));
        Assert.Equal("resolved after 48 h · 2 contacts · not resolved at first contact · reopened", TimelineDetails.Describe(resolved));
        var answer = timeline.Events.Single(e => e.Fact.Id == "r2");
        Assert.Equal("score 2 (expected 7)", TimelineDetails.Describe(answer));
        Assert.Equal(Pathlight.Metrics.Light.Red, AnswerLight.Of((ResponseFact)answer.Fact, answer.Touchpoint, data.Store.GetJourney("j").Options));
        Assert.Equal("Never again", TimelineDetails.Comment(timeline.Events.Single(e => e.Fact.Id == "r-rel")));
        Assert.Equal("churned · value 0", TimelineDetails.Describe(timeline.Events[^1]));
    }

    [Fact]
    public void AnUnknownCustomerIsNotFound()
    {
        var journey = data.Store.GetJourney("j");

        var facts = data.Store.GetCustomerFacts("j", "C-1");
        var error = Assert.Throws<NotFoundException>(() => TimelineBuilder.Build(journey, "C-1", facts));

        Assert.Empty(facts);
        Assert.Equal("The journey 'j' has no customer 'C-1'.", error.Message);
    }

    [Fact]
    public void CustomerScoresAreInTimeOrderWithTheLatestRelationshipAnswers()
    {
        var scores = data.Store.GetCustomerScores(data.Store.GetJourney("j"), FactFilter.All);

        var customer = Assert.Single(scores);
        Assert.Equal(TimelineStore.Customer, customer.CustomerId);
        Assert.Equal([8.0, 2.0], customer.Scores);
        Assert.Equal((3, (bool?)false, (bool?)null), (customer.Nps, customer.WouldRecommend, customer.WouldReturn));
    }

    [Fact]
    public void TheCommandPrintsTheTimelineAsJsonAndCsv()
    {
        var json = CliRunner.Run("customer", TimelineStore.Customer, "--format", "json", "--db", data.Store.Path);
        var csv = CliRunner.Run("customer", TimelineStore.Customer, "--format", "csv", "--db", data.Store.Path);

        Assert.Equal(0, json.ExitCode);
        using var document = JsonDocument.Parse(json.Out);
        var root = document.RootElement;
        Assert.Equal(TimelineStore.Customer, root.GetProperty("customer_id").GetString());
        Assert.Equal(11, root.GetProperty("events").GetArrayLength());
        Assert.Equal(5.0, root.GetProperty("experience").GetProperty("current").GetDouble());
        var opened = root.GetProperty("events")[6];
        Assert.Equal(("case_opened", "availability", 2, true), (opened.GetProperty("kind").GetString(),
            opened.GetProperty("category").GetString(), opened.GetProperty("contacts").GetInt32(), opened.GetProperty("reopened").GetBoolean()));
        Assert.Equal("k2", root.GetProperty("open_cases")[0].GetProperty("id").GetString());
        Assert.Equal(3, root.GetProperty("relationship").GetProperty("nps").GetInt32());
        Assert.Equal(0, csv.ExitCode);
        var lines = csv.Out.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(string.Join(',', TimelineCsv.Columns), lines[0]);
        Assert.Equal(12, lines.Length);
    }

    [Fact]
    public void TheCommandSaysSoForAnUnknownCustomer()
    {
        var result = CliRunner.Run("customer", "nobody", "--db", data.Store.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("has no customer 'nobody'", result.Error, StringComparison.Ordinal);
        Assert.Equal("", result.Out);
    }
}
