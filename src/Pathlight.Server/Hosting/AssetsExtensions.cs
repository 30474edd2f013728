using Microsoft.Extensions.FileProviders;

namespace Pathlight.Server.Hosting;

/// <summary>
/// Serves the files under <c>Assets/</c> (styles, scripts, the vendored chart library) from resources embedded
/// in this assembly at <c>/assets/…</c>, so the server works from any folder with nothing beside the binary.
/// </summary>
public static class AssetsExtensions
{
    public static IApplicationBuilder UseAssets(this IApplicationBuilder app) =>
        app.UseStaticFiles(new StaticFileOptions
        {
            RequestPath = "/assets",
            FileProvider = new EmbeddedFileProvider(typeof(AssetsExtensions).Assembly, "Pathlight.Server.Assets"),
            OnPrepareResponse = context => context.Context.Response.Headers.CacheControl = "public, max-age=3600",
        });
}
