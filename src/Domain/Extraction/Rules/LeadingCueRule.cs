using System.Collections.Frozen;

namespace NewsroomClaims.Domain.Extraction.Rules;

/// <summary>
/// Source and cue first, content after, in one of three forms (one rule each, so each is scored on its own):
/// "Putin reiterated that ...", "He added: “...”", "She wants to ..." (<see cref="LeadingForm.Subject"/>);
/// "..., adding that ..." (<see cref="LeadingForm.Participle"/>) and "... and said that ..."
/// (<see cref="LeadingForm.Coordinated"/>), which borrow the main clause's source.
/// </summary>
internal sealed partial class LeadingCueRule(LeadingForm form) : IAttributionRule
{
    private static readonly double ScoreSpeech = RuleData.Number("leading-cue.score-speech");
    private static readonly double ScoreBelief = RuleData.Number("leading-cue.score-belief");
    private static readonly double ScoreOther = RuleData.Number("leading-cue.score-other");

    // Matched case-sensitively: only "Trump Says" headline casing, not an all-caps label.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HeadlineVerbs =
        RuleData.WordSet("cues.txt", "headline-verbs", StringComparer.Ordinal);

    public string Id { get; } = form switch
    {
        LeadingForm.Participle => "participle",
        LeadingForm.Coordinated => "coordinated-verb",
        _ => "leading-cue",
    };

    public void Propose(TextDocument doc, int sentence, List<Candidate> into)
    {
        var (first, last) = doc.Sentences[sentence];
        for (var k = first; k <= last; k++)
        {
            if (!doc.IsWord(k) || !MayHaveForm(doc, k))
            {
                continue;
            }

            if (!CueLexicon.TryGet(doc.Span(k), out var cls))
            {
                if (ParticleCue.Matches(doc, k))
                {
                    cls = CueClass.Speech;
                }
                else if (SeemCue.Matches(doc, k))
                {
                    cls = CueClass.Belief;
                }
                else
                {
                    continue;
                }
            }

            if (FormAt(doc, k, first) == form && Match(doc, sentence, k, cls, first, last) is { } candidate)
            {
                into.Add(candidate);
            }
        }
    }

    private Candidate? Match(TextDocument doc, int sentence, int verb, CueClass cls, int first, int last)
    {
        // A capitalised cue word opens a sentence or a name ("Says", "Hope Hicks"): not a reporting verb here.
        if (doc.IsCapitalized(verb) && (verb == first || !doc.IsCapitalized(verb - 1) || !HeadlineVerbs.Contains(doc.Span(verb))))
        {
            return null;
        }

        var word = doc.Span(verb);

        // "the expected vote", "a decline": after a determiner the cue word is a noun or adjective.
        if (doc.Is(verb - 1, "the") || doc.Is(verb - 1, "a") || doc.Is(verb - 1, "an") || doc.Is(verb - 1, "its") || doc.Is(verb - 1, "their"))
        {
            return null;
        }

        // Inside a quotation, "I think" and "we want" are the speaker's turns of phrase, which annotators
        // rarely mark as separate attributions; reported speech ("he said") inside quotes still counts.
        var inQuote = doc.QuoteOf[verb] >= 0;
        if (inQuote && (cls is not (CueClass.Speech or CueClass.Tell) || word.EndsWith("s", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        var participle = form == LeadingForm.Participle;
        var cueLast = CueSpan.ExtendRight(doc, verb);
        int sf, sl, cueFirst;
        var shares = false;
        if (participle)
        {
            var byGerund = Participle.IsByGerund(doc, verb, cls);
            var withName = Participle.WithName(doc, verb, first);
            if (!Participle.FollowsComma(doc, verb) && !byGerund && withName.First < 0)
            {
                return null;
            }

            // Without a name right before it, the participle borrows the source of the clause it hangs on.
            shares = withName.First < 0;
            (sf, sl) = shares ? SubjectFinder.SentenceSubject(doc, first, verb) : withName;
            cueFirst = byGerund ? verb - 1 : verb;
        }
        else if (form == LeadingForm.Coordinated)
        {
            shares = true;
            (sf, sl) = SubjectFinder.SentenceSubject(doc, first, verb);
            cueFirst = doc.Is(verb - 1, "also") ? verb - 1 : verb;
        }
        else
        {
            cueFirst = CueSpan.ExtendLeft(doc, verb, first);
            var subjectEnd = cueFirst - 1;
            while (subjectEnd >= first && doc.IsWord(subjectEnd) && !doc.IsCapitalized(subjectEnd) &&
                   (WordSets.SkippableAdverbs.Contains(doc.Span(subjectEnd)) || (doc.Span(subjectEnd).EndsWith("ly", StringComparison.OrdinalIgnoreCase) && doc.Span(subjectEnd).Length > 4)))
            {
                subjectEnd--;
            }

            (sf, sl) = SubjectFinder.Before(doc, subjectEnd, first);
            if (sf < 0 || (inQuote && sf == sl && (doc.Is(sf, "i") || doc.Is(sf, "you") || doc.Is(sf, "we"))))
            {
                return null;
            }

            if (CueSpan.IsRespondedBy(doc, verb, out var byLast))
            {
                cueLast = byLast;
            }
        }

        // "Sanders was asked by host Bill Maher, “...”": the agent is the source, the subject joins the content.
        var agent = !participle && cueFirst < verb ? PassiveCue.ByAgent(doc, cueFirst, verb, cueLast, last) : (First: -1, Last: -1);
        var start = ContentStart(doc, agent.First >= 0 ? agent.Last + 1 : cueLast + 1, cls, last);
        if (start < 0 || start > last || StartsWithCircumstance(doc, start, cls))
        {
            return null;
        }

        var end = ContentBounds.End(doc, start, last);
        if (end < start || (end == start && !doc.IsWord(start)))
        {
            return null;
        }

        var content = new List<(int, int)>(2) { (start, end) };
        AddOpenQuoteRun(doc, content, start, end);
        var isReport = word.StartsWith("report", StringComparison.OrdinalIgnoreCase);
        var isFrame = false;
        if (agent.First >= 0)
        {
            // The agent speaks; the subject is what was asked or told, and frames are judged on it as before.
            isFrame = isReport && CandidateResolver.IsOutlet(doc, sf, sl);
            PassiveCue.SubjectIntoContent(doc, content, sf, sl);
            (sf, sl) = agent;
            isReport = false;
        }

        return new Candidate
        {
            RuleId = Id,
            Score = cls switch
            {
                CueClass.Speech or CueClass.Tell => ScoreSpeech,
                CueClass.Belief => ScoreBelief,
                _ => ScoreOther,
            },
            Sentence = sentence,
            Anchor = verb,
            CueFirst = cueFirst,
            CueLast = cueLast,
            SourceFirst = sf,
            SourceLast = sl,
            Content = content,
            IsFrame = isFrame,
            SharesPreviousSource = shares,
            SourceJoinsContent = agent.First < 0 && !participle && ((cueFirst < verb && PassiveCue.IsAgentless(doc, cueFirst, verb, cueLast)) || SeemCue.Matches(doc, verb)),
            FrameIfOutlet = isReport,
        };
    }

    // A test cheaper than the lexicon that rules out tokens of the other forms, so the three rules together
    // consult the lexicon about as often as one would. Every word passes through here three times, hence the
    // character tests before the string comparisons.
    private bool MayHaveForm(TextDocument doc, int k) => form switch
    {
        LeadingForm.Participle => (doc.Text[doc.Tokens[k].End - 1] | 0x20) == 'g' && doc.Span(k).EndsWith("ing", StringComparison.OrdinalIgnoreCase),
        LeadingForm.Coordinated => k > 0 && doc.Tokens[k - 1] is { Length: 3 or 4 } before && (doc.Text[before.Start] | 0x20) is 'a' or 'b' &&
                                   (doc.Is(k - 1, "and") || doc.Is(k - 1, "but") || doc.Is(k - 1, "also")),
        _ => true,
    };

    private static LeadingForm FormAt(TextDocument doc, int verb, int first)
    {
        // "Trump isn't saying what ...": after a form of "be" the -ing form is the finite verb, with its own subject.
        if (doc.Span(verb).EndsWith("ing", StringComparison.OrdinalIgnoreCase) && !Participle.IsProgressive(doc, verb, first))
        {
            return LeadingForm.Participle;
        }

        // "X rejected the idea and said that ...": the coordinated verb shares the sentence's subject.
        return doc.Is(verb - 1, "and") || doc.Is(verb - 1, "but") || (doc.Is(verb - 2, "and") && doc.Is(verb - 1, "also"))
            ? LeadingForm.Coordinated
            : LeadingForm.Subject;
    }

    // "the regions that Russia claimed in 2022": a bare time or place phrase is not what was claimed.
    private static bool StartsWithCircumstance(TextDocument doc, int start, CueClass cls) =>
        cls is CueClass.Speech or CueClass.Belief && doc.Has(start, WordSets.ContentCircumstances);

    // A quote opened here and carried over paragraph breaks is all content of this cue.
    private static void AddOpenQuoteRun(TextDocument doc, List<(int, int)> content, int start, int end)
    {
        var q = doc.QuoteOf[end];
        if (q < 0 || doc.Quotes[q].IsClosed || doc.Quotes[q].Open < start)
        {
            return;
        }

        for (var n = doc.Quotes[q].Next; n >= 0; n = doc.Quotes[n].Next)
        {
            content.Add((doc.Quotes[n].Open, doc.Quotes[n].Last));
        }
    }
}
