using System.Net;
using System.Net.Mail;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using ZvhPlatform.Core.Contracts.Email;

namespace ZvhPlatform.Core.Email;

/// <summary>Settings of outgoing mail (<c>Email:Smtp:Host/Port/From/UserName/Password/EnableSsl</c>, <c>Email:PickupDirectory</c>).</summary>
internal sealed class EmailOptions
{
    public string? Host { get; init; }

    public int Port { get; init; } = 587;

    public string From { get; init; } = "noreply@zvh-platform.local";

    public string? UserName { get; init; }

    public string? Password { get; init; }

    public bool EnableSsl { get; init; } = true;

    /// <summary>Where mail goes as .eml files when no SMTP host is configured.</summary>
    public string PickupDirectory { get; init; } = "";

    public static EmailOptions Read(IConfiguration configuration)
    {
        var smtp = configuration.GetSection("Email:Smtp");
        var dataFolder = configuration["Zvh:DataFolder"] ?? "data";
        return new EmailOptions
        {
            Host = string.IsNullOrWhiteSpace(smtp["Host"]) ? null : smtp["Host"],
            Port = smtp.GetValue("Port", 587),
            From = string.IsNullOrWhiteSpace(smtp["From"]) ? "noreply@zvh-platform.local" : smtp["From"]!,
            UserName = smtp["UserName"],
            Password = smtp["Password"],
            EnableSsl = smtp.GetValue("EnableSsl", true),
            PickupDirectory = configuration["Email:PickupDirectory"] is { Length: > 0 } pickup ? pickup : Path.Combine(dataFolder, "mail"),
        };
    }
}

/// <summary>
/// Sends through the configured SMTP server. Without a host (development, tests) the same message is written as an .eml
/// file into the pickup directory, so the whole path up to the mail server is exercised.
/// </summary>
internal sealed class SmtpEmailSender(IConfiguration configuration, ILogger<SmtpEmailSender> logger) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var options = EmailOptions.Read(configuration);
        using var mail = new MailMessage(options.From, message.To, message.Subject, message.Body) { IsBodyHtml = false };
        using var client = new SmtpClient();
        if (options.Host is null)
        {
            var folder = Path.GetFullPath(options.PickupDirectory);
            Directory.CreateDirectory(folder);
            client.DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory;
            client.PickupDirectoryLocation = folder;
            logger.LogInformation("No SMTP host configured; mail written to the pickup directory {Folder}", folder);
        }
        else
        {
            client.Host = options.Host;
            client.Port = options.Port;
            client.EnableSsl = options.EnableSsl;
            client.DeliveryMethod = SmtpDeliveryMethod.Network;
            if (!string.IsNullOrEmpty(options.UserName))
            {
                client.Credentials = new NetworkCredential(options.UserName, options.Password);
            }
        }

        await client.SendMailAsync(mail, cancellationToken);
    }
}
