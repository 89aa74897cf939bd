namespace NewsroomClaims.Domain.Reviews;

/// <summary>
/// A reviewer's rating as published (schema.org <c>Rating</c>): a number on the reviewer's own scale, from
/// <see cref="Worst"/> to <see cref="Best"/>, and the words the reviewer uses for it (<c>alternateName</c>).
/// Either may be missing: Full Fact publishes words only.
/// </summary>
public sealed record Rating(decimal? Value = null, decimal? Best = null, decimal? Worst = null, string? Text = null)
{
    /// <summary>schema.org's defaults for a scale whose ends are not given.</summary>
    public const decimal DefaultBest = 5;
    public const decimal DefaultWorst = 1;

    /// <summary>Where the value stands from the worst (0) to the best (1), or null when it is not on its scale.</summary>
    public decimal? Position
    {
        get
        {
            var best = Best ?? DefaultBest;
            var worst = Worst ?? DefaultWorst;
            if (Value is not { } value || best == worst)
            {
                return null;
            }

            var position = (value - worst) / (best - worst);
            return position is >= 0 and <= 1 ? position : null;
        }
    }

    /// <summary>Why the rating cannot be stored, or null when it can.</summary>
    public string? Problem()
    {
        if (Value is null && string.IsNullOrWhiteSpace(Text))
        {
            return "A rating needs a value or a text.";
        }

        if (Best is { } best && Worst is { } worst && best == worst)
        {
            return "bestRating and worstRating must differ.";
        }

        if (Value is not null && Best is not null && Worst is not null && Position is null)
        {
            return $"ratingValue {Value} is not between worstRating {Worst} and bestRating {Best}.";
        }

        return null;
    }
}
