using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ZvhPlatform.Bench.Pages;

/// <summary>One wrk run: throughput and latency percentiles.</summary>
internal sealed record WrkResult(double RequestsPerSecond, double P50Ms, double P99Ms, long Requests, long Errors);

/// <summary>A request wrk sends: method, the paths it cycles through, headers and an optional form body.</summary>
internal sealed record WrkRequest(string Method, IReadOnlyList<string> Paths, IReadOnlyDictionary<string, string> Headers, string? Body = null);

/// <summary>Drives wrk (Debian package) with a generated Lua script, and parses its report.</summary>
internal static partial class Wrk
{
    public static async Task<WrkResult> RunAsync(string baseUrl, WrkRequest request, int connections, int seconds, string workFolder)
    {
        var script = Path.Combine(workFolder, $"wrk-{Guid.NewGuid():N}.lua");
        await File.WriteAllTextAsync(script, Script(request));
        try
        {
            var output = await Command.RunAsync("wrk",
            [
                "-t2", $"-c{connections}", $"-d{seconds}s", "--latency", "--timeout", "10s", "-s", script, baseUrl + request.Paths[0],
            ]);
            return Parse(output);
        }
        finally
        {
            File.Delete(script);
        }
    }

    public static WrkResult Parse(string output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var rps = double.Parse(RequestsPerSecond().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
        var requests = long.Parse(TotalRequests().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
        var errors = NonSuccess().Match(output) is { Success: true } m ? long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        if (SocketErrors().Match(output) is { Success: true } s)
        {
            errors += s.Groups.Values.Skip(1).Sum(g => long.Parse(g.Value, CultureInfo.InvariantCulture));
        }

        return new WrkResult(rps, Percentile(output, "50%"), Percentile(output, "99%"), requests, errors);
    }

    private static double Percentile(string output, string label)
    {
        var match = Regex.Match(output, $@"^\s+{Regex.Escape(label)}\s+([\d.]+)(us|ms|s)\s*$", RegexOptions.Multiline);
        if (!match.Success)
        {
            return double.NaN;
        }

        var value = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return match.Groups[2].Value switch
        {
            "us" => value / 1000,
            "s" => value * 1000,
            _ => value,
        };
    }

    private static string Script(WrkRequest request)
    {
        static string Lua(string s) => "\"" + s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
        var sb = new StringBuilder();
        sb.Append("local paths = {").AppendJoin(", ", request.Paths.Select(Lua)).AppendLine("}");
        sb.Append("wrk.method = ").AppendLine(Lua(request.Method));
        foreach (var (name, value) in request.Headers)
        {
            sb.Append("wrk.headers[").Append(Lua(name)).Append("] = ").AppendLine(Lua(value));
        }

        if (request.Body is not null)
        {
            sb.Append("wrk.body = ").AppendLine(Lua(request.Body));
            sb.AppendLine("wrk.headers[\"Content-Type\"] = \"application/x-www-form-urlencoded\"");
        }

        // Each thread starts at a different place in the list, so the threads don't ask the same thing in lockstep.
        sb.AppendLine("local i = 0");
        sb.AppendLine("function init(args) i = math.random(#paths) end");
        sb.AppendLine("function request() i = (i % #paths) + 1 return wrk.format(nil, paths[i]) end");
        return sb.ToString();
    }

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"(\d+) requests in")]
    private static partial Regex TotalRequests();

    [GeneratedRegex(@"Non-2xx or 3xx responses:\s+(\d+)")]
    private static partial Regex NonSuccess();

    [GeneratedRegex(@"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)")]
    private static partial Regex SocketErrors();
}
