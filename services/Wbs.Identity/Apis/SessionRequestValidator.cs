namespace Wbs.Identity.Apis;

/// <summary>Only the shape is checked here; wrong or malformed credentials answer 401 like any other failure.</summary>
public sealed class SessionRequestValidator : IValidator<SessionRequest>
{
    public void Validate(SessionRequest request, ValidationErrors errors, HttpContext http)
    {
        var hasCode = !string.IsNullOrWhiteSpace(request.ComplaintCode);
        var hasUser = !string.IsNullOrWhiteSpace(request.Username) || !string.IsNullOrEmpty(request.Password);
        if (hasCode && hasUser)
        {
            errors.Add("complaintCode", "Isi kode pengaduan atau nama pengguna dan kata sandi, bukan keduanya. / Give a complaint code or a username and password, not both.");
        }
        else if (!hasCode && string.IsNullOrWhiteSpace(request.Username))
        {
            errors.Add(hasUser ? "username" : "complaintCode", ValidationMessages.Required);
        }
        else if (!hasCode && string.IsNullOrEmpty(request.Password))
        {
            errors.Add("password", ValidationMessages.Required);
        }
    }
}
