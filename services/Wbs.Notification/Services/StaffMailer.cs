using System.Text;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using Microsoft.Extensions.Options;

namespace Wbs.Notification.Services;

/// <summary>
/// Sends staff e-mail over SMTP when <c>Notification:Smtp:Host</c> is set, otherwise drops .eml
/// files into <c>Notification:PickupDirectory</c> (a mail relay or a developer picks them up).
/// The id given is the send marker: it becomes the Message-ID (receivers drop a repeat) and the
/// pickup file name (a repeat overwrites), so a retry after a crash never yields a second e-mail.
/// </summary>
public sealed class StaffMailer(IOptions<NotificationOptions> options, ILogger<StaffMailer> logger)
{
    private static readonly FormatOptions Format = new() { NewLineFormat = NewLineFormat.Dos };

    public async Task<string> SendAsync(Guid id, string to, string subject, string body, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var text = new TextPart("plain") { Text = body };
        // Plain ASCII stays readable in the .eml (and to relays); anything else is encoded safely.
        text.ContentTransferEncoding = Ascii.IsValid(body) ? ContentEncoding.SevenBit : ContentEncoding.QuotedPrintable;
        using var message = new MimeMessage([MailboxAddress.Parse(settings.From)], [MailboxAddress.Parse(to)], subject, text)
        {
            MessageId = $"{id:N}@wbs",
        };
        try
        {
            if (settings.Smtp.Host is { Length: > 0 } host)
            {
                await SendSmtpAsync(settings.Smtp, host, message, cancellationToken);
            }
            else
            {
                await WritePickupAsync(settings, id, message, cancellationToken);
            }
            return DeliveryResults.Delivered;
        }
        catch (Exception ex) when (ex is IOException or SmtpCommandException or SmtpProtocolException or AuthenticationException
                                       or System.Net.Sockets.SocketException or SslHandshakeException)
        {
            logger.LogWarning(ex, "Staff e-mail could not be delivered; it is retried");
            return DeliveryResults.Failed;
        }
    }

    private static async Task SendSmtpAsync(SmtpOptions smtp, string host, MimeMessage message, CancellationToken cancellationToken)
    {
        using var client = new SmtpClient();
        await client.ConnectAsync(host, smtp.Port, smtp.EnableSsl ? SecureSocketOptions.Auto : SecureSocketOptions.None, cancellationToken);
        if (smtp.Username is { Length: > 0 } user)
        {
            await client.AuthenticateAsync(user, smtp.Password ?? "", cancellationToken);
        }
        await client.SendAsync(Format, message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }

    private static async Task WritePickupAsync(NotificationOptions settings, Guid id, MimeMessage message, CancellationToken cancellationToken)
    {
        var pickup = Path.GetFullPath(settings.PickupDirectory is { Length: > 0 } dir ? dir : Path.Combine(Path.GetTempPath(), "wbs-mail"));
        Directory.CreateDirectory(pickup);
        // Written aside and moved in, so a relay never picks up half a file.
        var partial = Path.Combine(pickup, $".{id:N}.tmp");
        await using (var file = File.Create(partial))
        {
            await message.WriteToAsync(Format, file, cancellationToken);
        }
        File.Move(partial, Path.Combine(pickup, $"{id:N}.eml"), overwrite: true);
    }
}
