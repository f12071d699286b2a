namespace ZvhPlatform.Core.Contracts.Persons;

/// <summary>The burgerservicenummer and its elfproef.</summary>
public static class Bsn
{
    /// <summary>
    /// True for nine digits that pass the elfproef: 9*d1 + 8*d2 + ... + 2*d8 - 1*d9 is a multiple of 11
    /// (and not all zeros). Eight-digit numbers are written with a leading zero.
    /// </summary>
    public static bool IsValid(string? value)
    {
        var digits = Normalize(value);
        if (digits is null || digits.Length != 9 || digits == "000000000")
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            sum += (9 - i) * (digits[i] - '0');
        }

        sum -= digits[8] - '0';
        return sum % 11 == 0;
    }

    /// <summary>The digits only (spaces and dots removed), padded to nine; null when not numeric.</summary>
    public static string? Normalize(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var digits = new string(value.Where(c => c is not (' ' or '.' or '-')).ToArray());
        if (digits.Length is < 8 or > 9 || !digits.All(char.IsAsciiDigit))
        {
            return null;
        }

        return digits.PadLeft(9, '0');
    }
}
