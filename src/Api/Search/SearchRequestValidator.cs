using FluentValidation;
using NewsroomClaims.Api.Infrastructure;

namespace NewsroomClaims.Api.Search;

internal sealed class SearchRequestValidator : AbstractValidator<SearchRequest>
{
    public SearchRequestValidator()
    {
        this.AddPageRules();
        RuleFor(r => r.PageToken)
            .Must(token => token is null || (PageCursor.TryDecode(token, out var cursor) && cursor.Text == SearchCursor.Marker))
            .WithMessage("pageToken is not a search token; use nextPageToken from the previous page of this search.");
        RuleFor(r => r.Q).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("'q' is required: the words to search for.")
            .MaximumLength(SearchRequest.MaxQueryLength)
            .Must(q => SearchQuery.Parse(q!).HasWords).WithMessage("'q' has no words to search for (only punctuation, symbols or exclusions).")
            .Must(q => SearchQuery.Parse(q!).WordCount <= SearchQuery.MaxWords).WithMessage($"'q' may hold at most {SearchQuery.MaxWords} words.");
        RuleFor(r => r.Type).IsDefinedValue();
        RuleFor(r => r.To).GreaterThanOrEqualTo(r => r.From).When(r => r.From is not null && r.To is not null)
            .WithMessage("'to' must not be before 'from'.");
    }
}
