namespace NewsroomClaims.Domain.Reviews;

/// <summary>
/// A fact-checker's verdict on a claim (schema.org <c>ClaimReview</c>): who reviewed it, the rating on the reviewer's
/// scale, and the <see cref="Verdict"/> derived from that rating so that reviews on different scales filter together.
/// Built by <see cref="Create"/> and changed only by <see cref="Revise"/>, which keep the rating valid and the verdict
/// in step with it.
/// </summary>
public sealed class Review : Entity, ISortKeyed
{
    private Review()
    {
    }

    public Guid ClaimId { get; private set; }
    public Guid ReviewerId { get; private set; }

    public decimal? RatingValue { get; private set; }
    public decimal? BestRating { get; private set; }
    public decimal? WorstRating { get; private set; }

    /// <summary>The reviewer's words for the rating ("Pants on Fire!", "Mostly true"): schema.org <c>alternateName</c>.</summary>
    public string? RatingText { get; private set; }

    /// <summary>Derived from the rating on every change; never set directly.</summary>
    public Verdict Verdict { get; private set; }

    public string? ClaimReviewed { get; private set; }
    public string? Headline { get; private set; }
    public string? Summary { get; private set; }
    public string? Url { get; private set; }
    public DateOnly? PublishedOn { get; private set; }
    public string? Language { get; private set; }
    public ReviewOrigin Origin { get; private set; }

    /// <summary>The publication day, else when recorded, as ticks: the keyset paging key.</summary>
    public long SortKey { get; private set; }

    public Rating Rating => new(RatingValue, BestRating, WorstRating, RatingText);

    public static Review Create(Guid claimId, ReviewDraft draft, ReviewOrigin origin = ReviewOrigin.Person)
    {
        var review = new Review { ClaimId = claimId, Origin = origin };
        review.Apply(draft);
        return review;
    }

    /// <summary>The review now says what <paramref name="draft"/> says; an imported review edited by a person becomes theirs.</summary>
    public void Revise(ReviewDraft draft, ReviewOrigin origin = ReviewOrigin.Person)
    {
        Apply(draft);
        Origin = origin;
        Touch();
    }

    /// <summary>True when <paramref name="draft"/> would change nothing (a re-import of the same fact check).</summary>
    public bool Says(ReviewDraft draft) => ToDraft() == Normalised(draft);

    public ReviewDraft ToDraft() => new(ReviewerId, Rating, ClaimReviewed, Headline, Summary, Url, PublishedOn, Language);

    private void Apply(ReviewDraft draft)
    {
        draft = Normalised(draft);
        if (draft.Rating.Problem() is { } problem)
        {
            throw new ReviewRuleException(problem);
        }

        ReviewerId = draft.ReviewerId;
        RatingValue = draft.Rating.Value;
        BestRating = draft.Rating.Best;
        WorstRating = draft.Rating.Worst;
        RatingText = draft.Rating.Text;
        Verdict = Verdicts.Of(draft.Rating);
        ClaimReviewed = draft.ClaimReviewed;
        Headline = draft.Headline;
        Summary = draft.Summary;
        Url = draft.Url;
        PublishedOn = draft.PublishedOn;
        Language = draft.Language;
        SortKey = (PublishedOn?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) ?? CreatedAt).Ticks;
    }

    private static ReviewDraft Normalised(ReviewDraft draft) => draft with
    {
        Rating = draft.Rating with { Text = Trimmed(draft.Rating.Text) },
        ClaimReviewed = Trimmed(draft.ClaimReviewed),
        Headline = Trimmed(draft.Headline),
        Summary = Trimmed(draft.Summary),
        Url = Trimmed(draft.Url),
        Language = Trimmed(draft.Language),
    };

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
