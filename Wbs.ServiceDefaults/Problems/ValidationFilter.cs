namespace Wbs.ServiceDefaults.Problems;

public sealed class ValidationFilter<T>(IValidator<T> validator) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var request = context.Arguments.OfType<T>().FirstOrDefault();
        if (request is null)
        {
            return TypedResults.Problem(statusCode: 400, detail: "Isi permintaan kosong. / The request body is empty.");
        }

        var errors = new ValidationErrors();
        validator.Validate(request, errors, context.HttpContext);
        return errors.IsEmpty
            ? await next(context)
            : TypedResults.ValidationProblem(errors.ToDictionary(), title: ProblemTitles.For(400));
    }
}

public static class ValidationFilterExtensions
{
    public static RouteHandlerBuilder WithValidation<T>(this RouteHandlerBuilder builder) =>
        builder.AddEndpointFilter<ValidationFilter<T>>().ProducesValidationProblem();
}
