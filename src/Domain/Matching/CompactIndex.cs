namespace NewsroomClaims.Domain.Matching;

/// <summary>What a candidate search may return: a speaker's claims only, a date range (sort keys), never one claim.</summary>
public sealed record IndexFilter(Guid? Speaker = null, long? FromKey = null, long? ToKeyExclusive = null, Guid? Exclude = null);

/// <summary>
/// The binary codes of every matchable claim, in memory, with what the filters need (speaker, date). A claim has one
/// code for its whole content and one per sentence when it has several (see <see cref="Sentences"/>). A search
/// computes, for every code whose claim the filter lets through, the Hamming distance to the nearest of the query's
/// codes (a linear scan: a few milliseconds a million codes on one core) and returns the claims of the nearest codes;
/// the caller re-scores them exactly. Filters are applied during the scan, never afterwards, so a filtered search loses
/// no recall. About 52 bytes a code and 70 a claim: a million claims with 1.4 codes each take ~145 MB. Readers share
/// the index; an update waits for the scans running and takes microseconds.
/// </summary>
public sealed partial class CompactIndex
{
    private const int Words = VectorCodes.CodeWords;
    private readonly ReaderWriterLockSlim gate = new(LockRecursionPolicy.NoRecursion);
    private readonly OrdinalTable claimOrdinals = new();
    private readonly Dictionary<Guid, int> speakerOrdinals = [];

    // Per code: its bits and its claim (-1 once the claim has new codes elsewhere).
    private ulong[] codes = new ulong[1024 * Words];
    private int[] codeClaims = new int[1024];
    private int codeCount;

    // Per claim: id, speaker ordinal (-1 for none), sort key, whether it can be found, and where its codes are.
    private Guid[] ids = new Guid[1024];
    private int[] speakers = new int[1024];
    private long[] sortKeys = new long[1024];
    private bool[] active = new bool[1024];
    private int[] firstCodes = new int[1024];
    private byte[] codeCounts = new byte[1024];
    private int claimCount;

    /// <summary>Claims that can be found (retracted and removed ones are not).</summary>
    public int Count { get; private set; }

    /// <summary>Codes held, those of replaced versions included until the index is rebuilt.</summary>
    public int CodeCount => codeCount;

    /// <summary>Makes room for this many claims and codes at once (a load knows how many rows it will read).</summary>
    public void Reserve(int claims, int totalCodes)
    {
        gate.EnterWriteLock();
        try
        {
            EnsureClaimCapacity(claims);
            claimOrdinals.Reserve(claims, ids);
            EnsureCodeCapacity(totalCodes);
        }
        finally
        {
            gate.ExitWriteLock();
        }
    }

    /// <summary>Adds a claim with its codes (<see cref="VectorCodes.CodeWords"/> words each) or replaces it.</summary>
    public void Upsert(Guid id, ReadOnlySpan<ulong> claimCodes, Guid? speaker, long sortKey, bool isActive)
    {
        if (claimCodes.Length == 0 || claimCodes.Length % Words != 0 || claimCodes.Length / Words > byte.MaxValue)
        {
            throw new ArgumentException($"A claim has 1 to {byte.MaxValue} codes of {Words} words.", nameof(claimCodes));
        }

        var parts = claimCodes.Length / Words;
        gate.EnterWriteLock();
        try
        {
            var claim = claimOrdinals.Find(id, ids);
            if (claim < 0)
            {
                claim = claimCount++;
                EnsureClaimCapacity(claimCount);
                ids[claim] = id;
                claimOrdinals.Add(id, claim, ids);
                codeCounts[claim] = 0;
            }
            else if (active[claim])
            {
                Count--;
            }

            if (codeCounts[claim] != parts)
            {
                // A different number of codes: the old ones are orphaned and the new ones appended.
                for (var c = firstCodes[claim]; c < firstCodes[claim] + codeCounts[claim]; c++)
                {
                    codeClaims[c] = -1;
                }

                firstCodes[claim] = codeCount;
                codeCounts[claim] = (byte)parts;
                codeCount += parts;
                EnsureCodeCapacity(codeCount);
            }

            claimCodes.CopyTo(codes.AsSpan(firstCodes[claim] * Words, claimCodes.Length));
            for (var c = firstCodes[claim]; c < firstCodes[claim] + parts; c++)
            {
                codeClaims[c] = claim;
            }

            speakers[claim] = speaker is { } s ? SpeakerOrdinal(s) : -1;
            sortKeys[claim] = sortKey;
            active[claim] = isActive;
            if (isActive)
            {
                Count++;
            }
        }
        finally
        {
            gate.ExitWriteLock();
        }
    }

    /// <summary>A deleted claim: never found again.</summary>
    public void Remove(Guid id)
    {
        gate.EnterWriteLock();
        try
        {
            var claim = claimOrdinals.Find(id, ids);
            if (claim >= 0 && active[claim])
            {
                active[claim] = false;
                Count--;
            }
        }
        finally
        {
            gate.ExitWriteLock();
        }
    }

    public bool Contains(Guid id)
    {
        gate.EnterReadLock();
        try
        {
            var claim = claimOrdinals.Find(id, ids);
            return claim >= 0 && active[claim];
        }
        finally
        {
            gate.ExitReadLock();
        }
    }

    private int SpeakerOrdinal(Guid speaker)
    {
        if (!speakerOrdinals.TryGetValue(speaker, out var ordinal))
        {
            ordinal = speakerOrdinals.Count;
            speakerOrdinals[speaker] = ordinal;
        }

        return ordinal;
    }

    // Arrays grow by an eighth (at least 4,096 entries), not by half: at a million claims half is ~65 MB allocated at once
    // for one more claim, with the old arrays garbage until the next full collection.
    private void EnsureClaimCapacity(int needed)
    {
        if (needed <= ids.Length)
        {
            return;
        }

        var size = Math.Max(needed, ids.Length + Math.Max(ids.Length / 8, 4096));
        Array.Resize(ref ids, size);
        Array.Resize(ref speakers, size);
        Array.Resize(ref sortKeys, size);
        Array.Resize(ref active, size);
        Array.Resize(ref firstCodes, size);
        Array.Resize(ref codeCounts, size);
    }

    private void EnsureCodeCapacity(int needed)
    {
        if (needed <= codeClaims.Length)
        {
            return;
        }

        var size = Math.Max(needed, codeClaims.Length + Math.Max(codeClaims.Length / 8, 4096));
        Array.Resize(ref codes, size * Words);
        Array.Resize(ref codeClaims, size);
    }
}
