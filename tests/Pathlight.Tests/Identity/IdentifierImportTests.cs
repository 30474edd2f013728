using Pathlight.Facts;
using Pathlight.Import;

namespace Pathlight.Tests.Identity;

public sealed class IdentifierImportTests
{
    [Fact]
    public void RowWithAnInvalidIdentifierIsRejectedByColumnAndReasonAndTheRowsBesideItAreKept()
    {
        using var s = new StitchingStore("phone_region: GB\nkinds: [crm_id]");
        var rejected = new List<RowRejection>();

        var summary = s.Import(FactKind.Response, $"""
            id,touchpoint,timestamp,customer_id,email,phone,crm_id,device,nps
            r1,web,2025-01-01,C1, Ann@Example.COM ,07911 123456,X1,d1,9
            r2,web,2025-01-01,,ann.example.com,,,,8
            r3,web,2025-01-01,,,12345,,,7
            r4,web,2025-01-01,,,,,{new string('d', 201)},6
            r5,web,2025-01-01,,bob@@example.com,call me,,,5
            r6,web,2025-01-01,,,,{new string('x', 201)},,5
            r7,store,2025-01-02,,,+44 7911 123456,,,4

            """, rejected);

        Assert.Equal((2, 0, 5), (summary.Imported, summary.Duplicates, summary.Rejected));
        Assert.Equal(
            [
                (3L, "email: 'ann.example.com' is not an e-mail address (name@domain.example)"),
                (4L, "phone: '12345' is not a valid phone number in GB"),
                (5L, "device: 201 characters long; at most 200 are allowed"),
                (6L, "email: 'bob@@example.com' is not an e-mail address (name@domain.example); phone: 'call me' is not a phone number"),
                (7L, "crm_id: 201 characters long; at most 200 are allowed"),
            ],
            rejected.Select(r => (r.Line, r.Reason)));
        Assert.Equal(["r1", "r7"], s.CustomerOfResponses().Keys);
        Assert.Equal(["C1", "C1"], s.CustomerOfResponses().Values);
        Assert.Equal(
            ["crm_id:X1", "customer_id:C1", "device:d1", "email:ann@example.com", "phone:+447911123456"],
            s.Query("SELECT kind || ':' || value AS identifier FROM identities ORDER BY 1").Select(r => (string)r["identifier"]!));
    }

    [Fact]
    public void PhoneWithoutCountryCodeIsRejectedWhenTheJourneyHasNoRegion()
    {
        using var s = new StitchingStore("max_customer_ids: 3");
        var rejected = new List<RowRejection>();

        var summary = s.Import(FactKind.Interaction, """
            id,touchpoint,timestamp,phone
            i1,web,2025-01-01,07911 123456
            i2,web,2025-01-01,+447911123456

            """, rejected);

        Assert.Equal((1, 1), (summary.Imported, summary.Rejected));
        var rejection = Assert.Single(rejected);
        Assert.Equal(2, rejection.Line);
        Assert.Equal("phone: '07911 123456' has no country code; write it as +<country code><number> " +
            "or set options.identity.phone_region in the journey file", rejection.Reason);
    }

    [Fact]
    public void EveryFactKindReadsTheIdentifierColumns()
    {
        using var s = new StitchingStore();

        s.Import(FactKind.Interaction, "id,touchpoint,timestamp,email\ni1,web,2025-01-01,ANN@example.com\n");
        s.Import(FactKind.Response, "id,touchpoint,timestamp,phone,nps\nr1,web,2025-01-01,07911 123456,9\n");
        s.Import(FactKind.Case, "id,touchpoint,opened,loyalty,account\nk1,web,2025-01-01,L9,AC1\n");
        s.Import(FactKind.Outcome, "id,kind,timestamp,device\no1,churned,2025-01-01,d1\n");

        Assert.Equal(
            new SortedDictionary<string, string?>(StringComparer.Ordinal)
            {
                ["cases/k1"] = "account:AC1",
                ["interactions/i1"] = "email:ann@example.com",
                ["outcomes/o1"] = "device:d1",
                ["responses/r1"] = "phone:+447911123456",
            },
            s.CustomerOfFacts());
    }

    [Fact]
    public void OutcomeWithoutAnyIdentifierIsRejected()
    {
        using var s = new StitchingStore();
        var rejected = new List<RowRejection>();

        var summary = s.Import(FactKind.Outcome, "id,kind,timestamp,email,device\no1,churned,2025-01-01,,\no2,churned,2025-01-01,,d1\n", rejected);

        Assert.Equal((1, 1), (summary.Imported, summary.Rejected));
        Assert.Equal("every outcome belongs to a customer: give its customer_id or another identifier " +
            "(account, email, phone, loyalty, device)", Assert.Single(rejected).Reason);
    }

    [Fact]
    public void OutcomesFileWithoutAnIdentifierColumnIsRefusedUpFront()
    {
        Assert.Equal("the file has no identifier column; outcomes need at least one of " +
            "customer_id, account, email, phone, loyalty, crm_id, device",
            FactParser.CheckColumns(FactKind.Outcome, ["id", "kind", "timestamp"], ["crm_id"]));
        Assert.Null(FactParser.CheckColumns(FactKind.Outcome, ["id", "kind", "timestamp", "crm_id"], ["crm_id"]));
    }

    [Fact]
    public void ResponseWithoutIdentifiersIsKeptAsAnonymous()
    {
        using var s = new StitchingStore();

        s.Import(FactKind.Response, "id,touchpoint,timestamp,email,nps\nr1,web,2025-01-01,,9\n");

        Assert.Null(s.CustomerOfResponses()["r1"]);
        Assert.Empty(s.Query("SELECT * FROM identities"));
    }
}
