namespace NewsroomClaims.Domain.Matching;

/// <summary>
/// Claim id to ordinal for <see cref="CompactIndex"/>: an open-addressing table of ordinals (linear probing, at most
/// half full), the ids themselves kept once, in the index's id array. A <c>Dictionary&lt;Guid, int&gt;</c> holds 28
/// bytes an entry plus 4 of buckets and a second copy of every id (~32 MB at a million claims, twice that while it
/// grows); this holds 4 to 8 bytes a claim. Claims are never taken out (a removed claim keeps its ordinal, inactive),
/// so there are no tombstones. Not thread-safe: the index's lock guards it.
/// </summary>
internal sealed class OrdinalTable
{
    // Ordinal + 1 per slot; 0 is an empty slot.
    private int[] slots = new int[1024];
    private int shift = 64 - 10;

    public int Count { get; private set; }

    /// <summary>The ordinal of <paramref name="id"/>, or -1.</summary>
    public int Find(Guid id, Guid[] ids)
    {
        var mask = slots.Length - 1;
        for (var at = Home(id); ; at = (at + 1) & mask)
        {
            var slot = slots[at];
            if (slot == 0)
            {
                return -1;
            }

            if (ids[slot - 1] == id)
            {
                return slot - 1;
            }
        }
    }

    /// <summary>Adds an id not in the table yet, whose ordinal is <paramref name="ordinal"/> (ids[ordinal] == id).</summary>
    public void Add(Guid id, int ordinal, Guid[] ids)
    {
        if ((Count + 1) * 2 > slots.Length)
        {
            Grow(Math.Max(slots.Length * 2, RoundUp((Count + 1) * 2)), ids);
        }

        Place(id, ordinal);
        Count++;
    }

    /// <summary>Makes room for <paramref name="claims"/> ids without growing again.</summary>
    public void Reserve(int claims, Guid[] ids)
    {
        if (claims * 2L > slots.Length)
        {
            Grow(RoundUp(claims * 2), ids);
        }
    }

    private void Grow(int size, Guid[] ids)
    {
        var old = slots;
        slots = new int[size];
        shift = 64 - System.Numerics.BitOperations.Log2((uint)size);
        foreach (var slot in old)
        {
            if (slot != 0)
            {
                Place(ids[slot - 1], slot - 1);
            }
        }
    }

    private void Place(Guid id, int ordinal)
    {
        var mask = slots.Length - 1;
        var at = Home(id);
        while (slots[at] != 0)
        {
            at = (at + 1) & mask;
        }

        slots[at] = ordinal + 1;
    }

    /// <summary>Fibonacci hashing of the id's hash code: spreads ids whose codes differ in few bits (time-ordered ones).</summary>
    private int Home(Guid id) => (int)(((ulong)(uint)id.GetHashCode() * 0x9E3779B97F4A7C15UL) >> shift);

    private static int RoundUp(long value) => (int)System.Numerics.BitOperations.RoundUpToPowerOf2((ulong)Math.Max(value, 1024));
}
