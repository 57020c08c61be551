using System.ComponentModel.DataAnnotations;
using ValidationResult = System.ComponentModel.DataAnnotations.ValidationResult;

namespace Wbs.CaseManagement.Extensions;

/// <summary>
/// The <c>Audit</c> section: the chain's HMAC key (base64 of 32 bytes, in configuration or a secret file,
/// never in the database) and the folder where each tenant's chain head is checkpointed after every commit.
/// </summary>
public sealed class AuditOptions : IValidatableObject
{
    public const string Section = "Audit";

    public string? ChainKey { get; set; }
    public string? ChainKeyFile { get; set; }
    /// <summary>Folder of the head checkpoints (one file per tenant), outside the database; required.</summary>
    [Required]
    public string? CheckpointPath { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(ChainKey) && string.IsNullOrWhiteSpace(ChainKeyFile))
        {
            yield return new ValidationResult("Audit:ChainKey or Audit:ChainKeyFile is required.", [nameof(ChainKey)]);
        }
    }

    public byte[] ReadChainKey()
    {
        var text = !string.IsNullOrWhiteSpace(ChainKey) ? ChainKey : File.ReadAllText(ChainKeyFile!);
        var key = Convert.FromBase64String(text.Trim());
        return key.Length >= 32 ? key : throw new InvalidOperationException("Audit:ChainKey must be at least 32 bytes (base64).");
    }
}
