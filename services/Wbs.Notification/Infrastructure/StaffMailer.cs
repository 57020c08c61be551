using System.Net;
using System.Net.Mail;
using System.Net.Mime;
using System.Text;
using Microsoft.Extensions.Options;

namespace Wbs.Notification.Infrastructure;

/// <summary>
/// Sends staff e-mail over SMTP when <c>Notification:Smtp:Host</c> is set, otherwise drops .eml
/// files into <c>Notification:PickupDirectory</c> (a mail relay or a developer picks them up).
/// </summary>
public sealed class StaffMailer(IOptions<NotificationOptions> options, ILogger<StaffMailer> logger)
{
    public async Task<string> SendAsync(string to, string subject, string body, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var message = new MailMessage(settings.From, to, subject, body)
        {
            BodyEncoding = Encoding.UTF8,
            // Plain ASCII stays readable in the .eml (and to relays); anything else is encoded safely.
            BodyTransferEncoding = Ascii.IsValid(body) ? TransferEncoding.SevenBit : TransferEncoding.QuotedPrintable,
        };
        using var client = CreateClient(settings);
        try
        {
            await client.SendMailAsync(message, cancellationToken);
            return DeliveryResults.Delivered;
        }
        catch (Exception ex) when (ex is SmtpException or IOException or InvalidOperationException)
        {
            logger.LogWarning(ex, "Staff e-mail could not be delivered");
            return DeliveryResults.Failed;
        }
    }

    private static SmtpClient CreateClient(NotificationOptions settings)
    {
        if (settings.Smtp.Host is { Length: > 0 } host)
        {
            var smtp = new SmtpClient(host, settings.Smtp.Port) { EnableSsl = settings.Smtp.EnableSsl };
            if (settings.Smtp.Username is { Length: > 0 } user)
            {
                smtp.Credentials = new NetworkCredential(user, settings.Smtp.Password);
            }
            return smtp;
        }
        var pickup = Path.GetFullPath(settings.PickupDirectory is { Length: > 0 } dir ? dir : Path.Combine(Path.GetTempPath(), "wbs-mail"));
        Directory.CreateDirectory(pickup);
        return new SmtpClient
        {
            DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory,
            PickupDirectoryLocation = pickup,
        };
    }
}
