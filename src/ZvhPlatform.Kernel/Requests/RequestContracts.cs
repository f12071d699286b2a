namespace ZvhPlatform.Kernel.Requests;

/// <summary>A request that starts new work for a person registered in a municipality (CBS code).</summary>
public interface IMunicipalityScopedRequest
{
    /// <summary>CBS code of the municipality of registration of the person concerned.</summary>
    string GemeenteCode { get; }
}

/// <summary>A request whose handler and its writes run in one database transaction.</summary>
public interface ITransactionalRequest;

/// <summary>Declares the permission a request needs; checked for every module's requests.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class RequiresPermissionAttribute(string permission) : Attribute
{
    /// <summary>The permission name, prefixed with the module id.</summary>
    public string Permission { get; } = permission;
}

/// <summary>Validates a request before its handler runs.</summary>
public interface IRequestValidator<in TRequest>
{
    /// <summary>Problems with the request, in Dutch; empty when valid.</summary>
    IEnumerable<ValidationProblem> Validate(TRequest request);
}

/// <summary>One problem with a request: the field and a Dutch message.</summary>
public sealed record ValidationProblem(string Field, string Message);

/// <summary>Thrown when a request is invalid; the web layer answers 400 with the messages.</summary>
public sealed class RequestValidationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public RequestValidationException(IReadOnlyList<ValidationProblem> problems)
        : base(string.Join(" ", (problems ?? []).Select(p => p.Message)))
    {
        Problems = problems ?? [];
    }

    /// <summary>Creates the exception.</summary>
    public RequestValidationException() : this([])
    {
    }

    /// <summary>Creates the exception.</summary>
    public RequestValidationException(string message) : this([new ValidationProblem(string.Empty, message)])
    {
    }

    /// <summary>Creates the exception.</summary>
    public RequestValidationException(string message, Exception innerException) : base(message, innerException)
    {
        Problems = [new ValidationProblem(string.Empty, message)];
    }

    /// <summary>The problems found.</summary>
    public IReadOnlyList<ValidationProblem> Problems { get; }
}

/// <summary>Thrown when the current user may not do what a request asks.</summary>
public sealed class RequestForbiddenException : Exception
{
    /// <summary>Creates the exception.</summary>
    public RequestForbiddenException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public RequestForbiddenException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public RequestForbiddenException(string message, Exception innerException) : base(message, innerException)
    {
    }
}

/// <summary>
/// Thrown when the instance is too busy to take on more of a heavy request now; the web layer answers 503 with the
/// message and a Retry-After, so the user knows to try again shortly and nothing is lost.
/// </summary>
public sealed class RequestCapacityException : Exception
{
    /// <summary>Creates the exception.</summary>
    public RequestCapacityException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public RequestCapacityException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public RequestCapacityException(string message, Exception innerException) : base(message, innerException)
    {
    }
}

/// <summary>The signed-in user as the kernel sees it.</summary>
public interface ICurrentUser
{
    /// <summary>The user's id, or null when anonymous or in a background job.</summary>
    Guid? UserId { get; }

    /// <summary>Whether the user has a permission in the current region.</summary>
    bool HasPermission(string permission);
}
