namespace Pathlight.Demo;

/// <summary>The touchpoint ids of the sample journey, in journey order.</summary>
internal static class DemoTouchpoints
{
    public const string ProductNews = "product-news";
    public const string StoreEnquiry = "store-enquiry";
    public const string CallCentreEnquiry = "call-centre-enquiry";
    public const string LaunchMarketing = "launch-marketing";
    public const string LaunchPurchase = "launch-purchase";
    public const string OutOfStock = "out-of-stock";
    public const string SupportContact = "support-contact";

    public static IReadOnlyList<string> InOrder { get; } =
        [ProductNews, StoreEnquiry, CallCentreEnquiry, LaunchMarketing, LaunchPurchase, OutOfStock, SupportContact];
}
