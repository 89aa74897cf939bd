namespace NewsroomClaims.Domain.Extraction;

/// <summary>Where a cue starts and ends once auxiliaries and fixed trailers are attached to the verb.</summary>
internal static class CueSpan
{
    private static readonly string[] Media = ["statement", "interview", "tweet", "email", "speech", "post", "op-ed", "letter", "release"];

    /// <summary>"has also said", "did not say": annotators keep auxiliaries, negation and "also" inside the cue.</summary>
    public static int ExtendLeft(TextDocument doc, int verb, int sentenceFirst)
    {
        var first = verb;
        while (first - 1 >= sentenceFirst && doc.IsWord(first - 1) && WordSets.CueAuxiliaries.Contains(doc.Span(first - 1)) &&
               !doc.IsCapitalized(first - 1))
        {
            first--;
        }

        return first;
    }

    /// <summary>"said in a statement" is one cue in the gold data; other trailing phrases are not.</summary>
    public static int ExtendRight(TextDocument doc, int verb)
    {
        if (doc.Is(verb + 1, "in") && (doc.Is(verb + 2, "a") || doc.Is(verb + 2, "an")) && doc.IsWord(verb + 3))
        {
            var noun = doc.Span(verb + 3);
            foreach (var m in Media)
            {
                if (noun.Equals(m, StringComparison.OrdinalIgnoreCase))
                {
                    return verb + 3;
                }
            }
        }

        if (doc.Is(verb, "pointed") || doc.Is(verb, "points") || doc.Is(verb, "point"))
        {
            return doc.Is(verb + 1, "out") ? verb + 1 : verb;
        }

        if ((doc.Is(verb, "called") || doc.Is(verb, "calls") || doc.Is(verb, "call")) && (doc.Is(verb + 1, "for") || doc.Is(verb + 1, "on")))
        {
            return verb + 1;
        }

        return verb;
    }

    /// <summary>"responded by firmly rejecting": the stance verb carries the content, the whole phrase is the cue.</summary>
    public static bool IsRespondedBy(TextDocument doc, int verb, out int last)
    {
        last = verb;
        if (!(doc.Is(verb, "responded") || doc.Is(verb, "responds") || doc.Is(verb, "reacted")) || !doc.Is(verb + 1, "by"))
        {
            return false;
        }

        var k = verb + 2;
        if (doc.IsWord(k) && doc.Span(k).EndsWith("ly", StringComparison.OrdinalIgnoreCase))
        {
            k++;
        }

        if (doc.IsWord(k) && doc.Span(k).EndsWith("ing", StringComparison.OrdinalIgnoreCase))
        {
            last = k;
            return true;
        }

        return false;
    }
}
