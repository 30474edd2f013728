namespace Pathlight.Server.Pages.Customers;

/// <summary>The customer search form's one field: a customer id or an identifier.</summary>
public sealed record CustomerSearchForm(string? Customer);
