using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace NewsroomClaims.Api.Tests.Durability;

/// <summary>The real API as a child process (`dotnet NewsroomClaims.Api.dll`) on a free local port, so it can be killed.</summary>
public sealed class ApiProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly List<string> output = [];

    private ApiProcess(Process process, Uri address)
    {
        this.process = process;
        Address = address;
    }

    public Uri Address { get; }

    public IReadOnlyList<string> Output
    {
        get
        {
            lock (output)
            {
                return output.ToList();
            }
        }
    }

    public static Process Start(string databasePath, IEnumerable<string> arguments, int? port = null) =>
        Start(Path.GetDirectoryName(databasePath)!, new Dictionary<string, string?> { ["Database:Provider"] = "Sqlite", ["Database:SqlitePath"] = databasePath }, arguments, port);

    /// <summary>Starts the API in <paramref name="directory"/> with these settings (configuration keys, e.g. a <see cref="Infrastructure.TestDatabase"/>'s).</summary>
    public static Process Start(string directory, IReadOnlyDictionary<string, string?> settings, IEnumerable<string> arguments, int? port = null)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "NewsroomClaims.Api.dll");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = directory };
        info.ArgumentList.Add(dll);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port ?? FreePort()}";
        info.Environment["Database__LoadSampleData"] = "false";
        info.Environment["RateLimiting__PermitLimit"] = "1000000";
        info.Environment["Warmup__Enabled"] = "false";
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in settings)
        {
            info.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        return Process.Start(info)!;
    }

    public static Task<ApiProcess> StartAsync(string databasePath) =>
        StartAsync(Path.GetDirectoryName(databasePath)!, new Dictionary<string, string?> { ["Database:Provider"] = "Sqlite", ["Database:SqlitePath"] = databasePath });

    public static async Task<ApiProcess> StartAsync(string directory, IReadOnlyDictionary<string, string?> settings)
    {
        var port = FreePort();
        var api = new ApiProcess(Start(directory, settings, [], port), new Uri($"http://127.0.0.1:{port}"));
        api.process.OutputDataReceived += (_, e) => api.Append(e.Data);
        api.process.ErrorDataReceived += (_, e) => api.Append(e.Data);
        api.process.BeginOutputReadLine();
        api.process.BeginErrorReadLine();

        using var probe = new HttpClient { BaseAddress = api.Address, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(40))
        {
            if (api.process.HasExited)
            {
                throw new InvalidOperationException("The API exited on start:\n" + string.Join("\n", api.Output));
            }

            try
            {
                if ((await probe.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK)
                {
                    return api;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(100);
        }

        await api.DisposeAsync();
        throw new TimeoutException("The API did not become ready:\n" + string.Join("\n", api.Output));
    }

    /// <summary>SIGKILL on Linux: no shutdown hooks, no flushing, as a power cut or OOM kill would leave it.</summary>
    public void Kill()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.Add(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
