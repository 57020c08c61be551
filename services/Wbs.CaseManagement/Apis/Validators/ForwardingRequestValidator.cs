namespace Wbs.CaseManagement.Apis.Validators;

/// <summary>Shape of a forwarding; whether the destination, evidence and passages exist is the handler's 422.</summary>
public sealed class ForwardingRequestValidator : IValidator<ForwardingRequest>
{
    private const int MaxRedactions = 100;

    public void Validate(ForwardingRequest request, ValidationErrors errors, HttpContext http)
    {
        if (string.IsNullOrWhiteSpace(request.To))
        {
            errors.Add("to", ValidationMessages.Required);
        }
        else if (!ForwardingDestination.LooksValid(request.To))
        {
            errors.Add("to", "Pilih lapor, kpk, apip atau tenant:<instansi>. / Choose lapor, kpk, apip or tenant:<slug>.");
        }
        if (request.EvidenceIds is { Count: > Limits.EvidenceIdsPerCall })
        {
            errors.Add("evidenceIds", ValidationMessages.AtMostItems(Limits.EvidenceIdsPerCall));
        }
        if (request.Redactions is { Count: > MaxRedactions })
        {
            errors.Add("redactions", ValidationMessages.AtMostItems(MaxRedactions));
        }
        foreach (var (r, i) in (request.Redactions ?? []).Select((r, i) => (r, i)))
        {
            if (r is null || !Redactor.Fields.Contains(r.Field))
            {
                errors.Add($"redactions[{i}].field", $"Pilih salah satu: {string.Join(", ", Redactor.Fields)}. / Choose one of them.");
            }
            errors.Length($"redactions[{i}].text", r?.Text, 1, 2000);
        }
        errors.Length("note", request.Note, 0, 5000);
    }
}
