namespace Wbs.CaseManagement.Apis.Validators;

public sealed class DisclosureDecisionRequestValidator : IValidator<DisclosureDecisionRequest>
{
    public const int MaxNoteLength = 1000;

    public void Validate(DisclosureDecisionRequest request, ValidationErrors errors, HttpContext http)
    {
        if (request.Approve is null)
        {
            errors.Add("approve", "Wajib diisi: true untuk menyetujui, false untuk menolak. / Required: true approves, false denies.");
        }
        errors.Length("note", request.Note, 0, MaxNoteLength);
    }
}
