namespace NewsroomClaims.Domain.Extraction.Rules;

/// <summary>Where a leading cue's content begins: past punctuation, "that", an addressee ("told reporters").</summary>
internal sealed partial class LeadingCueRule
{
    private static readonly int MaxAddresseeScan = RuleData.Count("leading-cue.max-addressee-scan");
    private static readonly int MaxAddresseeName = RuleData.Count("leading-cue.max-addressee-name");
    private static readonly int MaxCircumstanceTokens = RuleData.Count("leading-cue.max-circumstance-tokens");
    private static readonly int MaxTimeWords = RuleData.Count("leading-cue.max-time-words");

    private static int ContentStart(TextDocument doc, int k, CueClass cls, int last)
    {
        while (k <= last && (doc.IsPunct(k, ',') || doc.IsPunct(k, ':')))
        {
            k++;
        }

        if (k > last || (doc.Tokens[k].Kind == TokenKind.Punct && doc.Text[doc.Tokens[k].Start] is '.' or '?' or '!' or ')' or ';'))
        {
            return -1;
        }

        if (doc.IsOpeningQuote(k) || doc.Is(k, "that"))
        {
            return k;
        }

        if (cls == CueClass.Tell)
        {
            for (var j = k; j <= last && j < k + MaxAddresseeScan; j++)
            {
                if (doc.Is(j, "that") || doc.IsOpeningQuote(j))
                {
                    return j;
                }

                if (doc.IsPunct(j, ',') || doc.IsPunct(j, '.'))
                {
                    return j + 1 <= last && doc.IsOpeningQuote(j + 1) ? j + 1 : (j > k ? SkipAddressee(doc, k, last) : -1);
                }
            }

            return SkipAddressee(doc, k, last);
        }

        // "said in an interview with the AP last week that ...", "said by telephone that ...": the circumstance is neither cue nor content.
        if (doc.Has(k, WordSets.CueCircumstances))
        {
            for (var j = k + 1; j <= last && j < k + MaxCircumstanceTokens; j++)
            {
                if (doc.Is(j, "that"))
                {
                    return j;
                }

                if (doc.Tokens[j].Kind != TokenKind.Word && !doc.IsPunct(j, '.') && !doc.IsPunct(j, '’'))
                {
                    break;
                }
            }
        }

        // "said Tuesday that", "said on Monday": the time phrase belongs to neither cue nor content.
        var j2 = k;
        if (doc.Is(j2, "on") && doc.IsWord(j2 + 1) && WordSets.Weekdays.Contains(doc.Span(j2 + 1)))
        {
            j2++;
        }

        while (j2 <= last && j2 < k + MaxTimeWords && doc.IsWord(j2) && WordSets.Weekdays.Contains(doc.Span(j2)))
        {
            j2++;
        }

        if (j2 > k && (doc.Is(j2, "that") || doc.IsPunct(j2, ',')))
        {
            return doc.IsPunct(j2, ',') ? j2 + 1 : j2;
        }

        // "reported on Wednesday the Secret Service had ...": a bare clause can follow the weekday too.
        if (j2 > k && j2 <= last && (doc.Is(j2, "the") || (doc.IsWord(j2) && WordSets.SubjectPronouns.Contains(doc.Span(j2)))))
        {
            return j2;
        }

        return k;
    }

    private static int SkipAddressee(TextDocument doc, int k, int last)
    {
        if (doc.IsWord(k) && WordSets.Addressees.Contains(doc.Span(k)))
        {
            return k + 1;
        }

        var j = k;
        if (doc.Is(j, "the") || doc.Is(j, "a") || doc.Is(j, "his") || doc.Is(j, "her") || doc.Is(j, "their"))
        {
            j++;
        }

        while (j <= last && j < k + MaxAddresseeName && (doc.IsCapitalized(j) || doc.IsPunct(j, '.')))
        {
            j++;
        }

        if (j == k)
        {
            j = Math.Min(k + 1, last);
        }

        return j;
    }
}
