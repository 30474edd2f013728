using Pathlight.Demo;

namespace Pathlight.Tests.Demo;

public sealed class DemoTimelineTests
{
    private static readonly DateTime Launch = DemoScenario.LaunchDate;

    private readonly DemoDataset _data = DemoDataset.Get(2000, 1);

    [Fact]
    public void EachCustomersVisitsFollowTheJourneyOrder()
    {
        var customers = 0;
        foreach (var visits in _data.Interactions.Where(r => r.Touchpoint != "support-contact").GroupBy(r => r.Customer))
        {
            var order = visits.OrderBy(r => r.Time("timestamp")).Select(r => Array.IndexOf(DemoDataset.JourneyOrder, r.Touchpoint)).ToList();
            Assert.All(order, o => Assert.True(o >= 0));
            Assert.Equal(order.Order().Distinct(), order);
            Assert.Equal(order.Count, visits.Select(r => r.Time("timestamp")).Distinct().Count());
            customers++;
        }

        Assert.Equal(_data.Customers, customers);
    }

    [Fact]
    public void VisitsFallInTheirWeeksAroundLaunch()
    {
        (string Touchpoint, double FromDay, double ToDay)[] windows =
        [
            ("product-news", -42, -27), ("store-enquiry", -28, 0), ("call-centre-enquiry", -28, 0),
            ("launch-marketing", -21, 0), ("launch-purchase", 0, 4), ("out-of-stock", 3, 16),
        ];
        foreach (var (touchpoint, fromDay, toDay) in windows)
        {
            var days = _data.Interactions.Where(r => r.Touchpoint == touchpoint).Select(r => (r.Time("timestamp") - Launch).TotalDays).ToList();
            Assert.NotEmpty(days);
            Assert.True(days.Min() >= fromDay && days.Max() <= toDay, $"{touchpoint}: {days.Min():F1} to {days.Max():F1} days");
        }
    }

    [Fact]
    public void CasesOpenAfterTheTouchpointThatCausedThem()
    {
        var visits = _data.Interactions.ToLookup(r => (r.Customer, r.Touchpoint));
        foreach (var supportCase in _data.Cases)
        {
            var cause = Assert.Single(visits[(supportCase.Customer, supportCase.Touchpoint)]);
            var opened = supportCase.Time("opened");
            var delay = opened - cause.Time("timestamp");
            Assert.InRange(delay.TotalHours, 1, 241);
            Assert.Contains(visits[(supportCase.Customer, "support-contact")], c => c.Time("timestamp") == opened);
            if (!supportCase.IsBlank("resolved"))
            {
                Assert.True(supportCase.Time("resolved") > opened);
            }
        }

        Assert.Equal(_data.Cases.Count, _data.Interactions.Count(r => r.Touchpoint == "support-contact"));
    }

    [Fact]
    public void SurveysComeAfterTheVisitTheyRate()
    {
        var visits = _data.Interactions.ToDictionary(r => (r.Customer, r.Sequence));
        foreach (var response in _data.Responses.Where(r => r.Touchpoint != ""))
        {
            var visit = visits[(response.Customer, response.Sequence)];
            Assert.Equal(visit.Touchpoint, response.Touchpoint);
            Assert.True(response.Time("timestamp") > visit.Time("timestamp"), response.Id);
        }
    }

    [Fact]
    public void RelationshipSurveyAndOutcomesComeAtTheEnd()
    {
        var lastVisit = _data.Interactions.GroupBy(r => r.Customer).ToDictionary(g => g.Key, g => g.Max(r => r.Time("timestamp")));
        var relationship = _data.RelationshipResponses.ToDictionary(r => r.Customer, r => r.Time("timestamp"));
        Assert.NotEmpty(relationship);
        Assert.All(relationship, p => Assert.True(p.Value > lastVisit[p.Key] && p.Value >= Launch.AddDays(21)));

        var lastCase = _data.Cases.GroupBy(r => r.Customer)
            .ToDictionary(g => g.Key, g => g.Max(r => r.IsBlank("resolved") ? r.Time("opened") : r.Time("resolved")));
        foreach (var outcome in _data.Outcomes)
        {
            var at = outcome.Time("timestamp");
            Assert.True(at > lastVisit[outcome.Customer] && at >= Launch.AddDays(30), outcome.Id);
            Assert.True(!relationship.TryGetValue(outcome.Customer, out var surveyed) || at > surveyed, outcome.Id);
            Assert.True(!lastCase.TryGetValue(outcome.Customer, out var caseEnd) || at > caseEnd, outcome.Id);
        }
    }

    [Fact]
    public void NotEveryoneVisitsEveryTouchpoint()
    {
        (string Touchpoint, double Share)[] reach =
        [
            ("product-news", 60), ("store-enquiry", 35), ("call-centre-enquiry", 25), ("launch-marketing", 70),
            ("launch-purchase", 57), ("out-of-stock", 30), ("support-contact", 18),
        ];
        foreach (var (touchpoint, share) in reach)
        {
            Assert.InRange(100.0 * _data.CustomersAt(touchpoint).Count / _data.Customers, share - 6, share + 6);
        }

        var touchpointsPerCustomer = _data.Interactions.GroupBy(r => r.Customer).Select(g => (double)g.Select(r => r.Touchpoint).Distinct().Count());
        Assert.InRange(SampleStatistics.Median(touchpointsPerCustomer), 2, 4);
    }

    [Fact]
    public void StockOutMeetsMostlyThoseWhoDidNotBuyAtLaunch()
    {
        var bought = _data.Interactions.Where(r => r.Touchpoint == "launch-purchase" && r.Flag("success") == true).Select(r => r.Customer).ToHashSet();
        var stockOut = _data.CustomersAt("out-of-stock");
        Assert.Empty(stockOut.Intersect(bought));
        Assert.NotEmpty(stockOut.Intersect(_data.CustomersAt("launch-purchase")));
    }
}
