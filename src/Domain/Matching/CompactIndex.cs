using System.Buffers;
using System.Numerics;

namespace NewsroomClaims.Domain.Matching;

/// <summary>What a candidate search may return: a speaker's claims only, a date range (sort keys), never one claim.</summary>
public sealed record IndexFilter(Guid? Speaker = null, long? FromKey = null, long? ToKeyExclusive = null, Guid? Exclude = null);

/// <summary>
/// The binary codes of every matchable claim, in memory, with what the filters need (speaker, date): about 110 bytes a
/// claim, so a million claims take ~110 MB. A search computes the Hamming distance from the query's code to every
/// claim the filter lets through (a linear scan: ~3 ms a million on one core) and returns the nearest ids; the caller
/// re-scores them exactly. Filters are applied during the scan, never afterwards, so a filtered search loses no
/// recall. Readers share the index; an update waits for the scans running and takes microseconds.
/// </summary>
public sealed class CompactIndex
{
    private const int Words = VectorCodes.CodeWords;
    private readonly ReaderWriterLockSlim gate = new(LockRecursionPolicy.NoRecursion);
    private readonly Dictionary<Guid, int> slots = [];
    private readonly Dictionary<Guid, int> speakerOrdinals = [];
    private ulong[] codes = new ulong[1024 * Words];
    private Guid[] ids = new Guid[1024];
    private int[] speakers = new int[1024];
    private long[] sortKeys = new long[1024];
    private bool[] active = new bool[1024];
    private int count;

    /// <summary>Claims that can be found (retracted and removed ones are not).</summary>
    public int Count { get; private set; }

    /// <summary>Adds a claim's code or replaces it; an inactive claim stays in its slot but is never found.</summary>
    public void Upsert(Guid id, ReadOnlySpan<ulong> code, Guid? speaker, long sortKey, bool isActive)
    {
        gate.EnterWriteLock();
        try
        {
            if (!slots.TryGetValue(id, out var slot))
            {
                slot = count++;
                EnsureCapacity(count);
                slots[id] = slot;
                ids[slot] = id;
            }
            else if (active[slot])
            {
                Count--;
            }

            code.CopyTo(codes.AsSpan(slot * Words, Words));
            speakers[slot] = speaker is { } s ? Ordinal(s) : -1;
            sortKeys[slot] = sortKey;
            active[slot] = isActive;
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

    /// <summary>A deleted claim: never found again (its slot is reused only by a reload).</summary>
    public void Remove(Guid id)
    {
        gate.EnterWriteLock();
        try
        {
            if (slots.TryGetValue(id, out var slot) && active[slot])
            {
                active[slot] = false;
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
            return slots.TryGetValue(id, out var slot) && active[slot];
        }
        finally
        {
            gate.ExitReadLock();
        }
    }

    /// <summary>The ids of up to <paramref name="limit"/> claims whose codes are nearest the query's, nearest first.</summary>
    public IReadOnlyList<Guid> Nearest(ReadOnlySpan<ulong> query, IndexFilter filter, int limit)
    {
        if (query.Length != Words)
        {
            throw new ArgumentException($"A query code has {Words} words.", nameof(query));
        }

        Span<ulong> q = stackalloc ulong[Words];
        query.CopyTo(q);
        gate.EnterReadLock();
        var distances = ArrayPool<short>.Shared.Rent(Math.Max(count, 1));
        try
        {
            var speaker = -1;
            if (filter.Speaker is { } wanted && !speakerOrdinals.TryGetValue(wanted, out speaker))
            {
                return [];
            }

            var from = filter.FromKey ?? long.MinValue;
            var to = filter.ToKeyExclusive ?? long.MaxValue;
            var exclude = filter.Exclude is { } e && slots.TryGetValue(e, out var excluded) ? excluded : -1;
            Span<int> histogram = stackalloc int[SentenceEmbedder.Dimensions + 1];
            for (var slot = 0; slot < count; slot++)
            {
                if (!active[slot] || slot == exclude || (speaker >= 0 && speakers[slot] != speaker) || sortKeys[slot] < from || sortKeys[slot] >= to)
                {
                    distances[slot] = -1;
                    continue;
                }

                var at = slot * Words;
                var d = BitOperations.PopCount(codes[at] ^ q[0]) + BitOperations.PopCount(codes[at + 1] ^ q[1])
                    + BitOperations.PopCount(codes[at + 2] ^ q[2]) + BitOperations.PopCount(codes[at + 3] ^ q[3])
                    + BitOperations.PopCount(codes[at + 4] ^ q[4]) + BitOperations.PopCount(codes[at + 5] ^ q[5]);
                distances[slot] = (short)d;
                histogram[d]++;
            }

            return Collect(distances, histogram, limit);
        }
        finally
        {
            ArrayPool<short>.Shared.Return(distances);
            gate.ExitReadLock();
        }
    }

    /// <summary>The slots under the distance at which <paramref name="limit"/> is reached, ties at that distance taken in slot order.</summary>
    private List<Guid> Collect(short[] distances, Span<int> histogram, int limit)
    {
        var cutoff = 0;
        var below = 0;
        while (cutoff < histogram.Length && below + histogram[cutoff] < limit)
        {
            below += histogram[cutoff++];
        }

        var atCutoff = limit - below;
        var found = new List<(short Distance, int Slot)>(Math.Min(limit, count));
        for (var slot = 0; slot < count; slot++)
        {
            var d = distances[slot];
            if (d < 0 || d > cutoff)
            {
                continue;
            }

            if (d == cutoff)
            {
                if (atCutoff == 0)
                {
                    continue;
                }

                atCutoff--;
            }

            found.Add((d, slot));
        }

        found.Sort();
        return found.ConvertAll(f => ids[f.Slot]);
    }

    private int Ordinal(Guid speaker)
    {
        if (!speakerOrdinals.TryGetValue(speaker, out var ordinal))
        {
            ordinal = speakerOrdinals.Count;
            speakerOrdinals[speaker] = ordinal;
        }

        return ordinal;
    }

    private void EnsureCapacity(int needed)
    {
        if (needed <= ids.Length)
        {
            return;
        }

        var size = Math.Max(needed, ids.Length * 2);
        Array.Resize(ref codes, size * Words);
        Array.Resize(ref ids, size);
        Array.Resize(ref speakers, size);
        Array.Resize(ref sortKeys, size);
        Array.Resize(ref active, size);
    }
}
