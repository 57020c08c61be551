namespace Wbs.ServiceDefaults.Problems;

/// <summary>The one validation mechanism: a validator per request type, run by <see cref="ValidationFilter{T}"/>.</summary>
public interface IValidator<in T>
{
    void Validate(T request, ValidationErrors errors, HttpContext http);
}
