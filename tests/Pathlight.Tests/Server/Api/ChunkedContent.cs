using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Pathlight.Tests.Server.Api;

/// <summary>A request body sent with chunked transfer encoding: its length is never told up front.</summary>
internal sealed class ChunkedContent : HttpContent
{
    private readonly byte[] _bytes;

    public ChunkedContent(string text, string mediaType)
    {
        _bytes = Encoding.UTF8.GetBytes(text);
        Headers.ContentType = new MediaTypeHeaderValue(mediaType);
    }

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        const int Chunk = 512;
        for (var at = 0; at < _bytes.Length; at += Chunk)
        {
            await stream.WriteAsync(_bytes.AsMemory(at, Math.Min(Chunk, _bytes.Length - at)));
            await stream.FlushAsync();
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }
}
