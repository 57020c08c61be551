namespace Wbs.ServiceDefaults.Problems;

public sealed class ValidationFilter<T>(IValidator<T> validator) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var request = context.Arguments.OfType<T>().FirstOrDefault();
        if (request is null)
        {
            return Problems.BadRequest("Isi permintaan kosong. / The request body is empty.");
        }

        var errors = new ValidationErrors();
        validator.Validate(request, errors, context.HttpContext);
        return errors.IsEmpty
            ? await next(context)
            : Problems.Validation(errors.ToDictionary());
    }
}

public static class ValidationFilterExtensions
{
    public static RouteHandlerBuilder WithValidation<T>(this RouteHandlerBuilder builder) =>
        builder.AddEndpointFilter<ValidationFilter<T>>().ProducesValidationProblem();
}
