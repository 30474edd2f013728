using Pathlight.Tests.Identity;

namespace Pathlight.Tests.Server;

/// <summary>The server applies each journey's retention when it starts, without any import or command.</summary>
public sealed class RetentionServiceTests(RetentionServiceTests.Fixture server) : IClassFixture<RetentionServiceTests.Fixture>
{
    [Fact]
    public async Task FactsPastTheRetentionPeriodAreGoneSoonAfterTheServerStarts()
    {
        for (var i = 0; i < 200 && server.Count("responses") > 9; i++)
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        Assert.Equal(["r1", "r2", "r3", "r4", "r5", "r6", "r7", "r8", "r9"],
            server.Query("SELECT id FROM responses ORDER BY id").Select(r => (string)r["id"]!));
        Assert.Empty(server.Query("SELECT * FROM identities WHERE value IN ('C8', 'carol@example.com')"));
        Assert.Single(server.Query("SELECT * FROM identities WHERE value = 'C1'"));
        var run = Assert.Single(server.Query("SELECT * FROM erasures"));
        Assert.Equal(("retention", 2L), ((string)run["reason"]!, Convert.ToInt64(run["responses"], System.Globalization.CultureInfo.InvariantCulture)));
    }

    /// <summary>The shop journey keeping facts 365 days, seeded with recent facts and two from 2020.</summary>
    public sealed class Fixture : ServerFixture
    {
        protected override void Seed() =>
            PrivacyData.Seed(Db, PrivacyData.Journey("retention_days: 365"), key: null, PrivacyData.Responses, PrivacyData.OldResponses);
    }
}
