using System.Buffers;

namespace NewsroomClaims.Domain.Matching;

/// <summary>The index's searches: a linear Hamming scan with the filter applied, and the shortlist re-ranked by <see cref="CodeScorer"/>.</summary>
public sealed partial class CompactIndex
{
    /// <summary>
    /// The claims of the <paramref name="limit"/> codes nearest any of the query's codes by Hamming distance, nearest
    /// first, each claim once (so possibly fewer than <paramref name="limit"/>).
    /// </summary>
    public IReadOnlyList<Guid> Nearest(ReadOnlySpan<ulong> queryCodes, IndexFilter filter, int limit)
    {
        var queries = QueryCodes(queryCodes);
        gate.EnterReadLock();
        try
        {
            return Claims(Scan(queries, filter, limit).Select(f => f.Code));
        }
        finally
        {
            gate.ExitReadLock();
        }
    }

    /// <summary>
    /// The claims of the <paramref name="shortlist"/> codes nearest the query by Hamming distance, re-ranked by their
    /// <see cref="CodeScorer"/> score against the query's float vectors: the best <paramref name="limit"/> claims, best first.
    /// </summary>
    public IReadOnlyList<Guid> Nearest(IReadOnlyList<float[]> query, IndexFilter filter, int limit, int shortlist)
    {
        var queries = QueryCodes(VectorCodes.Codes(query));
        var scorer = new CodeScorer(query);
        gate.EnterReadLock();
        try
        {
            var found = Scan(queries, filter, Math.Max(limit, shortlist));
            var ranked = new (float Score, int Code)[found.Count];
            for (var i = 0; i < ranked.Length; i++)
            {
                ranked[i] = (-scorer.Score(codes.AsSpan(found[i].Code * Words, Words)), found[i].Code);
            }

            Array.Sort(ranked);
            return Claims(ranked.Select(r => r.Code)).Take(limit).ToList();
        }
        finally
        {
            gate.ExitReadLock();
        }
    }

    private static ulong[] QueryCodes(ReadOnlySpan<ulong> queryCodes) =>
        queryCodes.Length == 0 || queryCodes.Length % Words != 0
            ? throw new ArgumentException($"Query codes come in {Words} words each.", nameof(queryCodes))
            : queryCodes.ToArray();

    /// <summary>The <paramref name="limit"/> codes nearest the query codes that the filter lets through, nearest first. Under the read lock.</summary>
    private List<(short Distance, int Code)> Scan(ulong[] queries, IndexFilter filter, int limit)
    {
        var speaker = -1;
        if (filter.Speaker is { } wanted && !speakerOrdinals.TryGetValue(wanted, out speaker))
        {
            return [];
        }

        var distances = ArrayPool<short>.Shared.Rent(Math.Max(codeCount, 1));
        try
        {
            var from = filter.FromKey ?? long.MinValue;
            var to = filter.ToKeyExclusive ?? long.MaxValue;
            var exclude = filter.Exclude is { } e ? claimOrdinals.Find(e, ids) : -1;
            Span<int> histogram = stackalloc int[SentenceEmbedder.Dimensions + 1];
            histogram.Clear();
            for (var code = 0; code < codeCount; code++)
            {
                var claim = codeClaims[code];
                if (claim < 0 || !active[claim] || claim == exclude || (speaker >= 0 && speakers[claim] != speaker)
                    || sortKeys[claim] < from || sortKeys[claim] >= to)
                {
                    distances[code] = -1;
                    continue;
                }

                var d = VectorCodes.NearestHamming(codes.AsSpan(code * Words, Words), queries);
                distances[code] = (short)d;
                histogram[d]++;
            }

            return Collect(distances, histogram, limit);
        }
        finally
        {
            ArrayPool<short>.Shared.Return(distances);
        }
    }

    /// <summary>The codes under the distance at which <paramref name="limit"/> is reached (ties there in code order), nearest first.</summary>
    private List<(short Distance, int Code)> Collect(short[] distances, Span<int> histogram, int limit)
    {
        var cutoff = 0;
        var below = 0;
        while (cutoff < histogram.Length && below + histogram[cutoff] < limit)
        {
            below += histogram[cutoff++];
        }

        var atCutoff = limit - below;
        var found = new List<(short Distance, int Code)>(Math.Min(limit, codeCount));
        for (var code = 0; code < codeCount; code++)
        {
            var d = distances[code];
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

            found.Add((d, code));
        }

        found.Sort();
        return found;
    }

    /// <summary>The claims of the codes, in their order, each once.</summary>
    private List<Guid> Claims(IEnumerable<int> foundCodes)
    {
        var seen = new HashSet<int>();
        var claims = new List<Guid>();
        foreach (var code in foundCodes)
        {
            if (seen.Add(codeClaims[code]))
            {
                claims.Add(ids[codeClaims[code]]);
            }
        }

        return claims;
    }
}
