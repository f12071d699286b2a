namespace ZvhPlatform.Web.Models;

/// <summary>The sign-in form.</summary>
public sealed class LoginForm
{
    /// <summary>E-mail address.</summary>
    public string? Email { get; set; }

    /// <summary>Password.</summary>
    public string? Password { get; set; }

    /// <summary>Where to go after signing in (local paths only).</summary>
    public string? ReturnUrl { get; set; }
}

/// <summary>The second-factor form (authenticator code or recovery code).</summary>
public sealed class CodeForm
{
    /// <summary>The code.</summary>
    public string? Code { get; set; }

    /// <summary>Where to go after signing in (local paths only).</summary>
    public string? ReturnUrl { get; set; }
}

/// <summary>The authenticator enrolment page.</summary>
public sealed record EnrolViewModel(string SharedKey, string QrSvg, string? Error);

/// <summary>Recovery codes, shown once after enrolment.</summary>
public sealed record RecoveryCodesViewModel(IReadOnlyList<string> Codes);
