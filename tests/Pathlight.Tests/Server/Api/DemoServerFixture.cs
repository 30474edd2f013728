namespace Pathlight.Tests.Server.Api;

/// <summary>A server over a store that <c>pathlight demo</c> filled with synthetic customers around the launch.</summary>
public sealed class DemoServerFixture : ServerFixture
{
    protected override void Seed() => Run("demo", "--customers", "1500", "--format", "json", "--db", Db);
}
