namespace ZvhPlatform.Core.Contracts.Email;

/// <summary>An e-mail to one recipient. Keep personal data out of it: mail leaves the platform's access control.</summary>
/// <param name="To">Recipient address.</param>
/// <param name="Subject">Subject line.</param>
/// <param name="Body">Plain-text body.</param>
public sealed record EmailMessage(string To, string Subject, string Body);

/// <summary>Sends e-mail (SMTP when configured; otherwise into a pickup directory so development works without a server).</summary>
public interface IEmailSender
{
    /// <summary>Sends the message; throws when it could not be handed over, so the outbox retries.</summary>
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default);
}
