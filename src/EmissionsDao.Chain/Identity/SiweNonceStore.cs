using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace EmissionsDao.Chain.Identity;

public sealed record SiweNonce(string Value, DateTimeOffset ExpiresAt);

public enum NonceRedemption
{
    Redeemed,
    Unknown,
    AlreadyUsed,
    Expired,
}

/// <summary>The nonces this portal issued for sign-in messages: each valid for a while and usable once.</summary>
public interface ISiweNonceStore
{
    SiweNonce Issue();

    /// <summary>Marks the nonce used when it is known, unused and not expired, and says which of these it was.</summary>
    NonceRedemption Redeem(string nonce);
}

/// <summary>Thrown when too many nonces are outstanding (someone is asking for them in bulk).</summary>
public sealed class SiweNonceCapacityException(string message) : Exception(message);

/// <summary>
/// Nonces in memory: lost on restart (a sign-in in progress then starts again) and local to one portal instance.
/// Used nonces are remembered until they would have expired, so that a replay is reported as such.
/// </summary>
public sealed class InMemorySiweNonceStore(TimeProvider time, IOptions<SiweOptions> options) : ISiweNonceStore
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private const int NonceLength = 24;
    private static readonly TimeSpan PurgeInterval = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private DateTimeOffset _lastPurge = DateTimeOffset.MinValue;

    public SiweNonce Issue()
    {
        var now = time.GetUtcNow();
        PurgeExpired(now);
        if (_entries.Count >= options.Value.MaxOutstandingNonces)
        {
            PurgeExpired(now, force: true);
            if (_entries.Count >= options.Value.MaxOutstandingNonces)
            {
                throw new SiweNonceCapacityException("Too many sign-ins are in progress: try again in a few minutes.");
            }
        }

        var nonce = new SiweNonce(RandomNumberGenerator.GetString(Alphabet, NonceLength), now + options.Value.NonceLifetime);
        _entries[nonce.Value] = new Entry(nonce.ExpiresAt);
        return nonce;
    }

    public NonceRedemption Redeem(string nonce)
    {
        if (!_entries.TryGetValue(nonce, out var entry))
        {
            return NonceRedemption.Unknown;
        }

        if (time.GetUtcNow() > entry.ExpiresAt)
        {
            _entries.TryRemove(nonce, out _);
            return NonceRedemption.Expired;
        }

        // Only one of two concurrent redemptions of the same nonce can swap the unused entry for the used one.
        return _entries.TryUpdate(nonce, entry with { Used = true }, entry with { Used = false })
            ? NonceRedemption.Redeemed
            : NonceRedemption.AlreadyUsed;
    }

    private void PurgeExpired(DateTimeOffset now, bool force = false)
    {
        if (!force && now - _lastPurge < PurgeInterval)
        {
            return;
        }

        _lastPurge = now;
        foreach (var (nonce, entry) in _entries)
        {
            if (now > entry.ExpiresAt)
            {
                _entries.TryRemove(nonce, out _);
            }
        }
    }

    private sealed record Entry(DateTimeOffset ExpiresAt, bool Used = false);
}
