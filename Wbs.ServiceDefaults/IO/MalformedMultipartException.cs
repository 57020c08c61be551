namespace Wbs.ServiceDefaults.IO;

/// <summary>A request body that is not well-formed multipart (see <see cref="MultipartBody"/>): the client's fault, answered 400.</summary>
public sealed class MalformedMultipartException(Exception inner)
    : BadHttpRequestException("The multipart body is malformed or cut short.", StatusCodes.Status400BadRequest, inner);
