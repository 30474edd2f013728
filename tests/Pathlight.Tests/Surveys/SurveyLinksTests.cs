using System.Buffers.Binary;
using System.Reflection;
using System.Reflection.Emit;
using System.Security.Cryptography;
using System.Text;
using Pathlight.Surveys;

namespace Pathlight.Tests.Surveys;

public sealed class SurveyLinksTests
{
    private static readonly SurveyLinks Links = new("c2VjcmV0LWZvci10ZXN0cw==");
    private static readonly SurveyLink Anonymous = new("product-launch", "launch-purchase");
    private static readonly SurveyLink ForCustomer = new("product-launch", "launch-purchase", "cust-42");

    [Fact]
    public void SignedLinkVerifies()
    {
        Assert.True(Links.Verify(Anonymous, Links.Sign(Anonymous)));
        Assert.True(Links.Verify(ForCustomer, Links.Sign(ForCustomer)));
    }

    [Fact]
    public void TokenIsUnpaddedBase64UrlOfThirtyTwoBytes()
    {
        var token = Links.Sign(ForCustomer);

        Assert.Equal(SurveyLinks.TokenLength, token.Length);
        Assert.Matches("^[A-Za-z0-9_-]{43}$", token);
    }

    [Fact]
    public void TokenIsHmacSha256OverTheLengthPrefixedIds()
    {
        // The documented layout, built by hand: purpose, part count, then each part as a 4-byte big-endian
        // length and its UTF-8 bytes. Pinning it keeps links already sent out valid across releases.
        var message = new List<byte>();
        void Part(string text)
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            var length = new byte[4];
            BinaryPrimitives.WriteInt32BigEndian(length, bytes.Length);
            message.AddRange(length);
            message.AddRange(bytes);
        }

        Part("pathlight/survey-link/v1");
        message.Add(3);
        Part("product-launch");
        Part("launch-purchase");
        Part("cust-42");
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes("c2VjcmV0LWZvci10ZXN0cw=="), message.ToArray());
        var expected = Convert.ToBase64String(mac).TrimEnd('=').Replace('+', '-').Replace('/', '_');

        Assert.Equal(expected, Links.Sign(ForCustomer));
    }

    [Fact]
    public void TokenForAnotherJourneyTouchpointOrCustomerIsRefused()
    {
        var token = Links.Sign(ForCustomer);

        Assert.False(Links.Verify(ForCustomer with { JourneyId = "other-journey" }, token));
        Assert.False(Links.Verify(ForCustomer with { TouchpointId = "store-enquiry" }, token));
        Assert.False(Links.Verify(ForCustomer with { CustomerId = "cust-43" }, token));
        Assert.False(Links.Verify(ForCustomer with { CustomerId = null }, token));
        Assert.False(Links.Verify(ForCustomer, Links.Sign(Anonymous)));
    }

    [Fact]
    public void IdsAreDelimitedUnambiguously()
    {
        Assert.NotEqual(Links.Sign(new SurveyLink("ab", "c")), Links.Sign(new SurveyLink("a", "bc")));
        Assert.NotEqual(Links.Sign(new SurveyLink("a", "b", "c")), Links.Sign(new SurveyLink("a", "b\0c")));
        Assert.False(Links.Verify(new SurveyLink("a", "bc"), Links.Sign(new SurveyLink("ab", "c"))));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(21)]
    [InlineData(42)]
    public void TamperedTokenIsRefused(int position)
    {
        var token = Links.Sign(Anonymous).ToCharArray();
        token[position] = token[position] == 'A' ? 'B' : 'A';

        Assert.False(Links.Verify(Anonymous, new string(token)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not-a-token")]
    public void MissingOrMalformedTokenIsRefused(string? token) => Assert.False(Links.Verify(Anonymous, token));

    [Fact]
    public void PaddedOrExtendedTokenIsRefused()
    {
        var token = Links.Sign(Anonymous);

        Assert.False(Links.Verify(Anonymous, token + "="));
        Assert.False(Links.Verify(Anonymous, token[..^1]));
        Assert.False(Links.Verify(Anonymous, " " + token));
    }

    [Fact]
    public void TokenFromAnotherSecretIsRefused()
    {
        var other = new SurveyLinks("YW5vdGhlci1zZWNyZXQ=");

        Assert.False(Links.Verify(Anonymous, other.Sign(Anonymous)));
        Assert.NotEqual(Links.Sign(Anonymous), other.Sign(Anonymous));
    }

    [Fact]
    public void VerifyComparesInConstantTime()
    {
        // Timing cannot be measured reliably in a unit test; this checks that Verify itself calls the
        // framework's fixed-time comparison rather than string or span equality.
        var verify = typeof(SurveyLinks).GetMethod(nameof(SurveyLinks.Verify))!;

        var called = CalledMethods(verify).Select(m => $"{m.DeclaringType?.FullName}.{m.Name}").ToList();

        Assert.Contains("System.Security.Cryptography.CryptographicOperations.FixedTimeEquals", called);
        Assert.DoesNotContain(called, m => m.EndsWith(".Equals", StringComparison.Ordinal) || m.EndsWith(".SequenceEqual", StringComparison.Ordinal)
            || m.EndsWith(".op_Equality", StringComparison.Ordinal));
    }

    [Fact]
    public void PathAndQueryEscapeTheIds()
    {
        var link = new SurveyLink("product-launch", "launch-purchase", "a b/ä&c");

        var path = Links.PathAndQuery(link);

        Assert.Equal($"/s/product-launch/launch-purchase?t={Links.Sign(link)}&c=a%20b%2F%C3%A4%26c", path);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5080", "http://127.0.0.1:5080/s/")]
    [InlineData("https://feedback.example.com/pathlight/", "https://feedback.example.com/pathlight/s/")]
    [InlineData("https://feedback.example.com/pathlight", "https://feedback.example.com/pathlight/s/")]
    public void UrlSitsUnderTheBaseUrl(string baseUrl, string prefix)
    {
        var url = Links.Url(new Uri(baseUrl), Anonymous);

        Assert.Equal($"{prefix}product-launch/launch-purchase?t={Links.Sign(Anonymous)}", url.AbsoluteUri);
    }

    [Fact]
    public void EmptyIdsCannotBeSigned()
    {
        Assert.Throws<ArgumentException>(() => Links.Sign(new SurveyLink("", "launch-purchase")));
        Assert.Throws<ArgumentException>(() => Links.Sign(new SurveyLink("product-launch", "")));
        Assert.Throws<ArgumentException>(() => Links.Sign(new SurveyLink("product-launch", "launch-purchase", "")));
    }

    private static IEnumerable<MethodBase> CalledMethods(MethodInfo method)
    {
        var il = method.GetMethodBody()!.GetILAsByteArray()!;
        for (var i = 0; i + 4 < il.Length; i++)
        {
            if (il[i] != OpCodes.Call.Value && il[i] != OpCodes.Callvirt.Value)
            {
                continue;
            }

            MethodBase? called = null;
            try
            {
                called = method.Module.ResolveMethod(BitConverter.ToInt32(il, i + 1));
            }
            catch (ArgumentException)
            {
                // Not a call at all, just an operand byte that looks like one.
            }

            if (called is not null)
            {
                yield return called;
            }
        }
    }
}
