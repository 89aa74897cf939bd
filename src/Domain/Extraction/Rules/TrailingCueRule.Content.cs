namespace NewsroomClaims.Domain.Extraction.Rules;

/// <summary>What a trailing cue's content covers: the quotation before it, a quote run it closes, the part after the cue.</summary>
internal sealed partial class TrailingCueRule
{
    private static void AddQuoteAware(TextDocument doc, List<(int, int)> content, int first, int last)
    {
        // Text before the quotation in the same sentence ("In the letter, “...”") is not content.
        if (!doc.IsOpeningQuote(first) && doc.IsClosingQuote(last))
        {
            var open = doc.Quotes[doc.QuoteOf[last]].Open;
            var onlySymbolsBefore = true;
            for (var k = first; k < open && onlySymbolsBefore; k++)
            {
                onlySymbolsBefore = !doc.IsWord(k);
            }

            if (open > first && ((doc.IsPunct(open - 1, ',') && open - first < 8) || onlySymbolsBefore))
            {
                first = open;
            }
        }

        var q = doc.QuoteOf[first];
        if (doc.IsOpeningQuote(first) && doc.Quotes[q].Previous >= 0)
        {
            // This paragraph continues a quote opened earlier: the whole run is this speaker's content.
            var head = q;
            while (doc.Quotes[head].Previous >= 0)
            {
                head = doc.Quotes[head].Previous;
            }

            for (var h = head; h != q; h = doc.Quotes[h].Next)
            {
                content.Add((doc.Quotes[h].Open, doc.Quotes[h].Last));
            }
        }

        content.Add((first, last));
    }

    // “A,” he said, “B.” or “A,” he said. “B.” — B belongs to the same attribution.
    private static void AddContinuation(TextDocument doc, List<(int, int)> content, int consumedEnd, int sentenceLast, int sentence)
    {
        int open;
        if (doc.IsPunct(consumedEnd + 1, ',') && doc.IsOpeningQuote(consumedEnd + 2))
        {
            open = consumedEnd + 2;
        }
        else if (consumedEnd + 1 == sentenceLast && doc.IsPunct(sentenceLast, '.') && doc.IsOpeningQuote(sentenceLast + 1) &&
                 !doc.Tokens[sentenceLast + 1].ParagraphStart)
        {
            open = sentenceLast + 1;
            var (_, nextLast) = doc.Sentences[sentence + 1];
            var quote = doc.Quotes[doc.QuoteOf[open]];
            if (quote.IsClosed && quote.Last < nextLast - 1)
            {
                return;
            }
        }
        else
        {
            return;
        }

        for (var q = doc.QuoteOf[open]; q >= 0; q = doc.Quotes[q].Next)
        {
            content.Add((doc.Quotes[q].Open, doc.Quotes[q].Last));
        }
    }
}
