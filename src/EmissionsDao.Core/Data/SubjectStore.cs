using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;

namespace EmissionsDao.Core.Data;

public sealed partial class SubjectStore(IDbContextFactory<EmissionsDbContext> contextFactory, TimeProvider timeProvider)
{
    /// <summary>The owner's subject with <paramref name="key"/>, created on first use (the display name is kept from then).</summary>
    public async Task<Subject> GetOrCreateAsync(string ownerAddress, string key, string displayName, CancellationToken cancellationToken = default)
    {
        var owner = NormaliseAddress(ownerAddress);
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        key = key.Trim();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var existing = await db.Subjects.SingleOrDefaultAsync(s => s.OwnerAddress == owner && s.Key == key, cancellationToken);
        if (existing is not null)
        {
            return existing;
        }

        var subject = new Subject
        {
            OwnerAddress = owner,
            Key = key,
            DisplayName = string.IsNullOrWhiteSpace(displayName) ? key : displayName.Trim(),
            CreatedUtc = timeProvider.GetUtcNow().UtcDateTime,
        };
        db.Subjects.Add(subject);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return subject;
        }
        catch (DbUpdateException)
        {
            // Created concurrently by another request: the unique (owner, key) index kept one.
            db.ChangeTracker.Clear();
            return await db.Subjects.SingleAsync(s => s.OwnerAddress == owner && s.Key == key, cancellationToken);
        }
    }

    public async Task<IReadOnlyList<Subject>> ListAsync(string ownerAddress, CancellationToken cancellationToken = default)
    {
        var owner = NormaliseAddress(ownerAddress);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Subjects.AsNoTracking().Where(s => s.OwnerAddress == owner).OrderBy(s => s.Key).ToListAsync(cancellationToken);
    }

    /// <summary>0x + 40 hex digits, lower case (addresses compare case-insensitively; checksummed case is for display).</summary>
    public static string NormaliseAddress(string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var trimmed = address.Trim();
        return AddressPattern().IsMatch(trimmed)
            ? trimmed.ToLowerInvariant()
            : throw new ArgumentException($"'{address}' is not a wallet address (0x followed by 40 hex digits).", nameof(address));
    }

    [GeneratedRegex("^0x[0-9a-fA-F]{40}$")]
    private static partial Regex AddressPattern();
}
