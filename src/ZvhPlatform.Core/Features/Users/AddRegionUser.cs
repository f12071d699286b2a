using System.Security.Cryptography;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Access;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Core.Identity;
using ZvhPlatform.Kernel.Requests;
using ZvhPlatform.Kernel.Tenancy;

namespace ZvhPlatform.Core.Features.Users;

/// <summary>
/// Gives a person a role in the current region. A new account gets a one-time password that is
/// shown once to the beheerder; the user must change it and enrol two-factor at first sign-in.
/// A person who already works in another region keeps their account and gains the role here.
/// </summary>
[RequiresPermission(CorePermissions.GebruikersBeheren)]
internal sealed record AddRegionUser(string Email, string DisplayName, string? Organisation, string Role) : ICommand<AddRegionUserResult>;

internal sealed record AddRegionUserResult(Guid UserId, bool NewAccount, string? InitialPassword);

internal sealed class AddRegionUserValidator : IRequestValidator<AddRegionUser>
{
    public IEnumerable<ValidationProblem> Validate(AddRegionUser request)
    {
        if (string.IsNullOrWhiteSpace(request.Email) || !request.Email.Contains('@', StringComparison.Ordinal) || request.Email.Length > 200)
        {
            yield return new(nameof(request.Email), "Vul een geldig e-mailadres in.");
        }

        if (string.IsNullOrWhiteSpace(request.DisplayName) || request.DisplayName.Length > 200)
        {
            yield return new(nameof(request.DisplayName), "Vul een naam in (maximaal 200 tekens).");
        }

        if (request.Organisation is { Length: > 200 })
        {
            yield return new(nameof(request.Organisation), "De organisatienaam is te lang (maximaal 200 tekens).");
        }

        if (!ZvhRoles.IsKnown(request.Role ?? ""))
        {
            yield return new(nameof(request.Role), "Kies een rol.");
        }
    }
}

internal sealed class AddRegionUserHandler(UserManager<ZvhUser> users, IdentityStoreDbContext db, IRegionContext region,
    CurrentUser current, TimeProvider clock) : ICommandHandler<AddRegionUser, AddRegionUserResult>
{
    public async ValueTask<AddRegionUserResult> Handle(AddRegionUser command, CancellationToken cancellationToken)
    {
        var regionId = region.RequiredRegion.Id;
        var email = command.Email.Trim();
        var user = await users.FindByEmailAsync(email);
        string? password = null;
        var isNew = user is null;
        if (user is null)
        {
            user = new ZvhUser
            {
                Id = Guid.NewGuid(),
                UserName = email,
                Email = email,
                EmailConfirmed = true,
                DisplayName = command.DisplayName.Trim(),
                Organisation = command.Organisation?.Trim(),
                CreatedUtc = clock.GetUtcNow().UtcDateTime,
                LockoutEnabled = true,
            };
            password = GeneratePassword();
            var created = await users.CreateAsync(user, password);
            if (!created.Succeeded)
            {
                throw new RequestValidationException(created.Errors.Select(e => new ValidationProblem(nameof(command.Email), e.Description)).ToList());
            }
        }

        var exists = await db.Memberships.AnyAsync(m => m.UserId == user.Id && m.RegionId == regionId && m.Role == command.Role, cancellationToken);
        if (!exists)
        {
            db.Memberships.Add(new RegionMembership
            {
                UserId = user.Id,
                RegionId = regionId,
                Role = command.Role,
                GrantedUtc = clock.GetUtcNow().UtcDateTime,
                GrantedBy = current.DisplayName,
            });
            await db.SaveChangesAsync(cancellationToken);
        }

        return new AddRegionUserResult(user.Id, isNew, password);
    }

    /// <summary>A random password that satisfies the password policy; shown once, never stored in clear.</summary>
    internal static string GeneratePassword()
    {
        const string upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
        const string lower = "abcdefghijkmnopqrstuvwxyz";
        const string digits = "23456789";
        const string symbols = "!@#$%&*?";
        var all = upper + lower + digits + symbols;
        var chars = new List<char>
        {
            upper[RandomNumberGenerator.GetInt32(upper.Length)],
            lower[RandomNumberGenerator.GetInt32(lower.Length)],
            digits[RandomNumberGenerator.GetInt32(digits.Length)],
            symbols[RandomNumberGenerator.GetInt32(symbols.Length)],
        };
        while (chars.Count < 16)
        {
            chars.Add(all[RandomNumberGenerator.GetInt32(all.Length)]);
        }

        return new string(chars.OrderBy(_ => RandomNumberGenerator.GetInt32(int.MaxValue)).ToArray());
    }
}
