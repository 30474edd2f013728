using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Pathlight.Tests.Webhooks;

/// <summary>
/// A small real HTTP receiver on a loopback port (HttpListener): records every request with its headers and raw
/// body, and answers with the queued statuses in turn, then 200.
/// </summary>
public sealed class WebhookReceiver : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentQueue<int> _statuses = new();
    private readonly Task _loop;

    public WebhookReceiver(int port, params int[] statuses)
    {
        Port = port;
        foreach (var status in statuses) _statuses.Enqueue(status);
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    public int Port { get; }

    public string Url => $"http://127.0.0.1:{Port}/hook";

    public ConcurrentQueue<ReceivedRequest> Requests { get; } = new();

    /// <summary>A loopback port nobody listens on right now.</summary>
    public static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }

    /// <summary>Waits for a request that matches, or fails after the timeout.</summary>
    public async Task<ReceivedRequest> WaitForAsync(Func<ReceivedRequest, bool> match, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        while (true)
        {
            if (Requests.FirstOrDefault(match) is { } request) return request;
            if (cancel.IsCancellationRequested) Assert.Fail($"No matching request within {timeout}; got {Requests.Count}.");
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }

    public void Dispose()
    {
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The loop ends with the listener's disposal exception.
        }
    }

    private async Task LoopAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            var headers = context.Request.Headers.AllKeys.OfType<string>()
                .ToDictionary(k => k, k => context.Request.Headers[k] ?? "", StringComparer.OrdinalIgnoreCase);
            Requests.Enqueue(new ReceivedRequest(context.Request.HttpMethod, context.Request.Url!.AbsolutePath, headers, body.ToArray()));
            context.Response.StatusCode = _statuses.TryDequeue(out var status) ? status : 200;
            context.Response.Close();
        }
    }
}
