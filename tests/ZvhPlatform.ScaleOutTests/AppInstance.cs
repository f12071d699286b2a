using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ZvhPlatform.ScaleOutTests;

/// <summary>
/// One app process (src/ZvhPlatform.Web) on a free loopback port, started from this test project's output so that the
/// fixture modules are part of the host. Killed on dispose, and when the test process exits.
/// </summary>
public sealed class AppInstance : IDisposable
{
    private const int KeptLines = 400;
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private AppInstance(string name, Process process, int port)
    {
        Name = name;
        _process = process;
        Port = port;
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
    }

    /// <summary>A or B.</summary>
    public string Name { get; }

    /// <summary>The loopback port the instance listens on.</summary>
    public int Port { get; }

    /// <summary>http://127.0.0.1:port.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The operating-system process id (what the fixture module's jobs record).</summary>
    public int ProcessId => _process.Id;

    /// <summary>Whether the process still runs.</summary>
    public bool IsRunning => !_process.HasExited;

    /// <summary>The last lines the process wrote (stdout and stderr), for failure messages.</summary>
    public string RecentOutput => $"--- output of instance {Name} (pid {ProcessId}) ---{Environment.NewLine}{string.Join(Environment.NewLine, _output)}";

    /// <summary>Starts the app with the given settings (environment variables) on a free port.</summary>
    public static AppInstance Start(string name, IReadOnlyDictionary<string, string> environment)
    {
        var port = FreePort();
        var process = Launch(["--urls", $"http://127.0.0.1:{port}"], environment);
        var instance = new AppInstance(name, process, port);
        instance.Attach();
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        Running.TryAdd(process, 0);
        return instance;
    }

    /// <summary>Runs an operator command (migrate, seed-demo, ...) to its end; returns its exit code and output.</summary>
    public static async Task<(int ExitCode, string Output)> RunCommandAsync(IReadOnlyDictionary<string, string> environment, TimeSpan timeout,
        params string[] arguments)
    {
        using var process = Launch(arguments, environment);
        var output = new ConcurrentQueue<string>();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) output.Enqueue(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) output.Enqueue(e.Data); };
        process.Start();
        Running.TryAdd(process, 0);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"'{string.Join(' ', arguments)}' did not finish within {timeout}:{Environment.NewLine}{string.Join(Environment.NewLine, output)}");
        }
        finally
        {
            Running.TryRemove(process, out _);
        }

        process.WaitForExit(); // drains the asynchronous output readers
        return (process.ExitCode, string.Join(Environment.NewLine, output));
    }

    /// <summary>Waits until /health/ready answers 200; fails with the process output when it exits or takes too long.</summary>
    public async Task WaitUntilReadyAsync(TimeSpan timeout)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"Instance {Name} stopped with exit code {_process.ExitCode}.{Environment.NewLine}{RecentOutput}");
            }

            try
            {
                using var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Busy starting.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"Instance {Name} was not ready within {timeout}.{Environment.NewLine}{RecentOutput}");
    }

    /// <summary>Kills the process at once (no graceful shutdown: what a crash or an OOM kill does).</summary>
    public void Kill()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }

            _process.WaitForExit(10_000);
        }
        catch (InvalidOperationException)
        {
            // Never started or already gone.
        }
        finally
        {
            Running.TryRemove(_process, out _);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    // Processes still running when the test process ends (a crashed or aborted run) are killed too.
    private static readonly ConcurrentDictionary<Process, byte> Running = new();

    static AppInstance()
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            foreach (var process in Running.Keys)
            {
                try
                {
                    process.Kill(entireProcessTree: true);
                }
                catch (InvalidOperationException)
                {
                    // Already gone.
                }
            }
        };
    }

    private void Attach()
    {
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        while (_output.Count > KeptLines)
        {
            _output.TryDequeue(out _);
        }
    }

    /// <summary>
    /// <c>dotnet exec</c> of ZvhPlatform.Web.dll with this test project's runtime and dependency files: the same
    /// entry point and code as <c>dotnet artifacts/bin/ZvhPlatform.Web/debug/ZvhPlatform.Web.dll</c>, composed with
    /// the fixture modules this project references.
    /// </summary>
    private static Process Launch(IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment)
    {
        var output = AppContext.BaseDirectory;
        var self = typeof(AppInstance).Assembly.GetName().Name!;
        var contentRoot = Path.Combine(RepositoryRoot(), "src", "ZvhPlatform.Web");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            WorkingDirectory = contentRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
                 {
                     "exec", "--runtimeconfig", Path.Combine(output, self + ".runtimeconfig.json"),
                     "--depsfile", Path.Combine(output, self + ".deps.json"), Path.Combine(output, "ZvhPlatform.Web.dll"),
                 }.Concat(arguments).Concat(["--contentRoot", contentRoot]))
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        return new Process { StartInfo = start, EnableRaisingEvents = true };
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ZvhPlatform.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ZvhPlatform.sln not found above " + AppContext.BaseDirectory);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
