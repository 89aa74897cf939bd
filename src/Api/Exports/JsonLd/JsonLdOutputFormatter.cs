using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Formatters;
using NewsroomClaims.Api.Claims;
using NewsroomClaims.Api.Infrastructure;
using NewsroomClaims.Api.Reviews;

namespace NewsroomClaims.Api.Exports.JsonLd;

/// <summary>
/// Writes JSON-LD when the client asks for application/ld+json: a claim (a page of claims as an <c>@graph</c>), or a
/// review as <c>ClaimReview</c> (a page of reviews as a <c>DataFeed</c>).
/// </summary>
internal sealed class JsonLdOutputFormatter : ExportOutputFormatter
{
    public JsonLdOutputFormatter()
        : base(ExportMediaTypes.JsonLd)
    {
    }

    protected override bool CanWriteType(Type? type) =>
        type == typeof(StoredClaim) || type == typeof(Page<StoredClaim>) || type == typeof(ReviewResponse) || type == typeof(Page<ReviewResponse>);

    public override async Task WriteResponseBodyAsync(OutputFormatterWriteContext context, Encoding selectedEncoding)
    {
        var http = context.HttpContext;
        var data = http.RequestServices.GetRequiredService<ExportData>();
        var links = new ApiLinks(http.Request);
        var document = context.Object switch
        {
            ReviewResponse review => new ClaimReviewJsonLd(links, data.Articles, data.Actors).Document(review, ClaimOf(data, review)),
            Page<ReviewResponse> page => new ClaimReviewJsonLd(links, data.Articles, data.Actors)
                .Feed(page.Items.Select(r => (r, ClaimOf(data, r))), page.Items.Select(r => r.UpdatedAt).DefaultIfEmpty(DateTime.UnixEpoch).Max()),
            Page<StoredClaim> => new ClaimJsonLd(links, data.Articles, data.Actors, data.Appearances).Graph(data.Claims),
            _ => new ClaimJsonLd(links, data.Articles, data.Actors, data.Appearances).Document(data.Claims[0]),
        };
        var next = context.Object switch { Page<StoredClaim> page => page.Next, Page<ReviewResponse> page => page.Next, _ => null };
        if (next is not null)
        {
            http.Response.Headers.Append("Link", $"<{next}>; rel=\"next\"");
        }

        await using var writer = context.WriterFactory(http.Response.Body, selectedEncoding);
        await writer.WriteAsync(document.ToJsonString(ReadableJson));
    }

    private static ClaimResponse ClaimOf(ExportData data, ReviewResponse review) => data.Claims.First(c => c.Id == review.ClaimId);
}
