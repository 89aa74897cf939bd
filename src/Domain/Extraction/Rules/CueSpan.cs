namespace NewsroomClaims.Domain.Extraction.Rules;

/// <summary>Where a cue starts and ends once auxiliaries and fixed trailers are attached to the verb.</summary>
internal static class CueSpan
{
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

    /// <summary>
    /// Gold cues keep a following colon ("said:") and, about two times in three, "in a statement"; weekdays,
    /// "of" and "in an interview" are more often left out, so they stay out.
    /// </summary>
    public static int ExtendRight(TextDocument doc, int verb)
    {
        if (ParticleCue.Matches(doc, verb) || ParticleCue.HasCueParticle(doc, verb))
        {
            return verb + 1;
        }

        var last = verb;
        if (doc.Is(verb + 1, "in") && doc.Is(verb + 2, "a") && doc.Is(verb + 3, "statement"))
        {
            last = verb + 3;
        }

        return doc.IsPunct(last + 1, ':') ? last + 1 : last;
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
