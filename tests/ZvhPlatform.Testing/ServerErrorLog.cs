using Microsoft.Extensions.Logging;

namespace ZvhPlatform.Testing;

/// <summary>
/// Appends the hosts' errors to the file named by <c>ZVH_TEST_SERVER_LOG</c>: a browser test only sees "Er ging iets
/// mis", and without the server's exception a failure on a CI machine cannot be diagnosed afterwards.
/// </summary>
internal sealed class ServerErrorLog(string path) : ILoggerProvider
{
    private static readonly Lock Gate = new();

    public static ServerErrorLog? FromEnvironment() =>
        Environment.GetEnvironmentVariable("ZVH_TEST_SERVER_LOG") is { Length: > 0 } path ? new ServerErrorLog(path) : null;

    // EF logs every failed command, including the migration-history probe on each fresh test database; a failure that
    // matters reaches the request's own error log line anyway.
    public ILogger CreateLogger(string categoryName) =>
        categoryName == "Microsoft.EntityFrameworkCore.Database.Command" ? Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance : new Writer(path, categoryName);

    public void Dispose()
    {
    }

    private sealed class Writer(string path, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
            {
                return;
            }

            var line = $"{DateTime.UtcNow:O} {logLevel} {category}: {formatter(state, exception)}{Environment.NewLine}{exception}{Environment.NewLine}";
            lock (Gate)
            {
                File.AppendAllText(path, line);
            }
        }
    }
}
