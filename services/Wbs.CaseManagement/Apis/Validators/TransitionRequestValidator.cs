namespace Wbs.CaseManagement.Apis.Validators;

/// <summary>Shape of a transition; whether it is allowed from the current status is the handler's 409.</summary>
public sealed class TransitionRequestValidator : IValidator<TransitionRequest>
{
    public void Validate(TransitionRequest request, ValidationErrors errors, HttpContext http)
    {
        if (string.IsNullOrWhiteSpace(request.To))
        {
            errors.Add("to", ValidationMessages.Required);
        }
        else if (!CaseStatus.IsKnown(request.To))
        {
            errors.Add("to", $"Status tidak dikenal; pilih salah satu: {string.Join(", ", CaseStatus.All)}. / Unknown status.");
        }
        if (request.To == CaseStatus.Closed && !CaseOutcome.IsKnown(request.Outcome))
        {
            errors.Add("outcome", $"Wajib diisi untuk menutup laporan: {string.Join(", ", CaseOutcome.All)}. / Required to close: proven, not_proven or forwarded.");
        }
        if (request.To != CaseStatus.Closed && request.Outcome is not null)
        {
            errors.Add("outcome", "Hanya untuk status closed. / Only when closing.");
        }
        if (request.To == CaseStatus.Rejected)
        {
            errors.Length("reason", request.Reason, 3, 2000);
        }
        errors.Length("publicMessage", request.PublicMessage, 0, 5000);
        errors.Length("internalNote", request.InternalNote, 0, 5000);
    }
}
