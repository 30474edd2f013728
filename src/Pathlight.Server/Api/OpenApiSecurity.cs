using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Pathlight.Server.Api;

/// <summary>Tells OpenAPI clients that <c>/api</c> routes take <c>Authorization: Bearer &lt;key&gt;</c>.</summary>
public static class OpenApiSecurity
{
    private const string SchemeName = "bearer";

    public static OpenApiOptions AddBearerKeys(this OpenApiOptions options)
    {
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[SchemeName] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "A Pathlight API key (`pathlight keys create --role admin|analyst|ingest`).",
            };
            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, context, _) =>
        {
            if (context.Description.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true)
            {
                operation.Security ??= [];
                operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, context.Document)] = [] });
            }

            return Task.CompletedTask;
        });
        return options;
    }
}
