using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ZvhPlatform.Bench.Pages;

/// <summary>A child process (the app or the baseline) listening on a port, killed with its tree on dispose.</summary>
internal sealed class Server : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private Server(Process process, int port, string name)
    {
        _process = process;
        Port = port;
        Name = name;
    }

    public int Port { get; }

    public string Name { get; }

    public string BaseUrl => $"http://127.0.0.1:{Port}";

    public int ProcessId => _process.Id;

    public static async Task<Server> StartAsync(string name, string dll, IEnumerable<string> args, IDictionary<string, string> environment, string probePath)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(dll);
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var server = new Server(Process.Start(start) ?? throw new InvalidOperationException($"{name} did not start."), port, name);
        server._process.OutputDataReceived += (_, e) => server.Capture(e.Data);
        server._process.ErrorDataReceived += (_, e) => server.Capture(e.Data);
        server._process.BeginOutputReadLine();
        server._process.BeginErrorReadLine();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (server._process.HasExited)
            {
                throw new InvalidOperationException($"{name} stopped at start:\n{server.Output}");
            }

            try
            {
                var response = await http.GetAsync(new Uri(server.BaseUrl + probePath));
                if ((int)response.StatusCode < 500)
                {
                    return server;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Starting up.
            }

            await Task.Delay(250);
        }

        server.Dispose();
        throw new InvalidOperationException($"{name} did not answer within 90 s:\n{server.Output}");
    }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Peak resident set size (VmHWM) of the process in MB, from /proc.</summary>
    public double PeakWorkingSetMb()
    {
        foreach (var line in File.ReadLines($"/proc/{_process.Id}/status"))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                var kb = long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
                return kb / 1024.0;
            }
        }

        return double.NaN;
    }

    public void Dispose()
    {
        // ZVH_BENCH_DUMP=/tmp/x keeps what the process wrote (e.g. EF's command log) in /tmp/x.app and /tmp/x.baseline.
        if (Environment.GetEnvironmentVariable("ZVH_BENCH_DUMP") is { } dump)
        {
            File.WriteAllText(dump + "." + Name, Output);
        }

        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }

        _process.Dispose();
    }

    private void Capture(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            if (_output.Length < 200_000)
            {
                _output.AppendLine(line);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>Runs a command to completion and returns its output; throws with the output on failure.</summary>
internal static class Command
{
    public static async Task<string> RunAsync(string file, IEnumerable<string> args, IDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var output = await stdout + await stderr;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} failed ({process.ExitCode}):\n{output}");
        }

        return output;
    }
}
