namespace Wbs.ServiceDefaults.Http;

/// <summary>
/// The header with which a client marks a request as one it may send again: the service answers a repeat with its first
/// answer instead of acting twice (API.md), so the retry rule may resend it too.
/// </summary>
public static class IdempotencyKey
{
    public const string Header = "Idempotency-Key";
}
