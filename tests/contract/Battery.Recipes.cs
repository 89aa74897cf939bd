namespace NewsroomClaims.Contract;

internal sealed partial class Battery
{
    /// <summary>A request each operation answers with success, on fresh data where it changes something.</summary>
    private Dictionary<string, Func<Task<Req>>> Recipes()
    {
        var recipes = new Dictionary<string, Func<Task<Req>>>
        {
            ["ListActors"] = Fixed(Get("/api/v1/actors?name=Putin")),
            ["CreateActor"] = () => Task.FromResult(new Req("POST", "/api/v1/actors", 201, Json(Actor(Unique("Contract Person"))), Key: editor)),
            ["GetActor"] = Fixed(Get($"/api/v1/actors/{putin}")),
            ["ReplaceActor"] = async () => Write("PUT", $"/api/v1/actors/{await NewActorAsync()}", Actor(Unique("Renamed Person")), 200),
            ["PatchActor"] = async () => Write("PATCH", $"/api/v1/actors/{await NewActorAsync()}", new { description = "Patched.", wikidataId = "Q42" }, 200, contentType: "application/merge-patch+json"),
            ["DeleteActor"] = async () => Write("DELETE", $"/api/v1/actors/{await NewActorAsync()}", null, 204, admin),
            ["ListActorClaims"] = Fixed(Get($"/api/v1/actors/{putin}/claims?pageSize=2")),
            ["ListActorMentions"] = Fixed(Get($"/api/v1/actors/{putin}/mentions")),
            ["GetActorHistory"] = Fixed(Get($"/api/v1/actors/{putin}/history")),
            ["GetActorClaimsFeed"] = Fixed(Get($"/api/v1/actors/{putin}/claims.atom", "application/atom+xml")),

            ["ListApiKeys"] = Fixed(new Req("GET", "/api/v1/api-keys", 200, Key: admin)),
            ["CreateApiKey"] = () => Task.FromResult(new Req("POST", "/api/v1/api-keys", 201, Json(new { name = Unique("desk"), role = "reader" }), Key: admin)),
            ["GetApiKey"] = async () => new Req("GET", $"/api/v1/api-keys/{await CreateAsync("/api/v1/api-keys", new { name = Unique("desk"), role = "reader" }, admin)}", 200, Key: admin),
            ["RevokeApiKey"] = async () => new Req("DELETE", $"/api/v1/api-keys/{await CreateAsync("/api/v1/api-keys", new { name = Unique("desk"), role = "editor" }, admin)}", 204, Key: admin),

            ["ListArticles"] = Fixed(Get("/api/v1/articles?language=en&pageSize=3")),
            ["CreateArticle"] = () => Task.FromResult(new Req("POST", "/api/v1/articles", 201, Json(Article()), Key: editor)),
            ["GetArticle"] = async () => Get($"/api/v1/articles/{await NewArticleAsync()}"),
            ["ReplaceArticle"] = async () => Write("PUT", $"/api/v1/articles/{await NewArticleAsync()}", Article(), 200),
            ["PatchArticle"] = async () => Write("PATCH", $"/api/v1/articles/{await NewArticleAsync()}", new { byline = "Staff writer", publishedAt = (string?)null }, 200, contentType: "application/merge-patch+json"),
            ["DeleteArticle"] = async () => Write("DELETE", $"/api/v1/articles/{await NewArticleAsync()}", null, 204, admin),
            ["ListArticleClaims"] = async () => Get($"/api/v1/articles/{await ClaimedArticleAsync()}/claims"),
            ["GetArticleHistory"] = async () => Get($"/api/v1/articles/{await NewArticleAsync()}/history"),
            ["GetAttributionGraph"] = async () => Get($"/api/v1/articles/{await ClaimedArticleAsync()}/attribution-graph.svg", "image/svg+xml"),
            ["ImportArticle"] = () => Task.FromResult(new Req("POST", "/api/v1/articles/import", 201, Json(new { article = Article(), claims = new[] { ImportedClaim() } }), Key: editor)),
            ["ExtractArticleClaims"] = async () => new Req("POST", $"/api/v1/articles/{await NewArticleAsync()}/extraction", 200, Key: editor),

            ["ListClaims"] = Fixed(Get($"/api/v1/claims?speaker={putin}&pageSize=3")),
            ["CreateClaim"] = async () => new Req("POST", "/api/v1/claims", 201, Json(Claim(await NewArticleAsync())), Key: editor),
            ["GetClaim"] = async () => Get($"/api/v1/claims/{await NewClaimAsync()}"),
            ["ReplaceClaim"] = async () => Write("PUT", $"/api/v1/claims/{await NewClaimAsync()}", Claim(await NewArticleAsync(), "the bridge will open in June"), 200),
            ["PatchClaim"] = async () => Write("PATCH", $"/api/v1/claims/{await NewClaimAsync()}", new { cue = "insisted", quote = (string?)null, saidOn = (object?)null }, 200, contentType: "application/merge-patch+json"),
            ["DeleteClaim"] = async () => Write("DELETE", $"/api/v1/claims/{await NewClaimAsync()}", null, 204, admin),
            ["RetractClaim"] = async () => Write("POST", $"/api/v1/claims/{await NewClaimAsync()}/retraction", new { reason = "Wrong speaker." }, 200),
            ["GetClaimHistory"] = async () => Get($"/api/v1/claims/{await NewClaimAsync()}/history"),
            ["ExportClaims"] = Fixed(Get($"/api/v1/claims/export.csv?speaker={putin}", "text/csv")),
            ["ListClaimRelations"] = async () => Get($"/api/v1/claims/{await RelatedClaimAsync()}/relations"),
            ["CreateClaimRelation"] = async () => new Req("POST", $"/api/v1/claims/{await NewClaimAsync()}/relations", 201,
                Json(new { toClaimId = await NewClaimAsync(), kind = "contradicts", note = "Dates differ." }), Key: editor),
            ["DeleteClaimRelation"] = async () =>
            {
                var from = await RelatedClaimAsync();
                var (_, body) = await run.SendAsync(Get($"/api/v1/claims/{from}/relations"));
                var relation = System.Text.Json.JsonDocument.Parse(body).RootElement[0].GetProperty("id").GetGuid();
                return new Req("DELETE", $"/api/v1/claims/{from}/relations/{relation}", 204, Key: admin);
            },

            ["ListReviews"] = async () => Get($"/api/v1/reviews?claim={await ReviewedClaimAsync()}&pageSize=2"),
            ["ListClaimReviews"] = async () => Get($"/api/v1/claims/{await ReviewedClaimAsync()}/reviews?verdict=false"),
            ["CreateReview"] = async () => new Req("POST", $"/api/v1/claims/{await NewClaimAsync()}/reviews", 201, Json(await ReviewAsync()), Key: editor),
            ["GetReview"] = async () => Get($"/api/v1/reviews/{await NewReviewAsync()}"),
            ["ReplaceReview"] = async () => Write("PUT", $"/api/v1/reviews/{await NewReviewAsync()}", await ReviewAsync(), 200),
            ["PatchReview"] = async () => Write("PATCH", $"/api/v1/reviews/{await NewReviewAsync()}", new { summary = (string?)null, rating = new { ratingValue = 3 } }, 200, contentType: "application/merge-patch+json"),
            ["DeleteReview"] = async () => Write("DELETE", $"/api/v1/reviews/{await NewReviewAsync()}", null, 204, admin),
            ["GetReviewHistory"] = async () => Get($"/api/v1/reviews/{await NewReviewAsync()}/history"),
            ["ImportReviews"] = () => Task.FromResult(new Req("POST", "/api/v1/reviews/import", 200, Json(ClaimReviewMarkup()), "application/ld+json", editor)),

            ["PreviewExtraction"] = Fixed(new Req("POST", "/api/v1/extractions", 200, Json(new { text = Body, publisher = "WIRE" }))),
            ["Search"] = Fixed(Get("/api/v1/search?q=putin&pageSize=2")),
        };
        foreach (var (id, recipe) in MatchingRecipes().Concat(FeedRecipes()))
        {
            recipes.Add(id, recipe);
        }

        return recipes;
    }

    private static Func<Task<Req>> Fixed(Req req) => () => Task.FromResult(req);

    /// <summary>A claim of an import: no articleId, the import's article is its article.</summary>
    private System.Text.Json.Nodes.JsonNode ImportedClaim()
    {
        var claim = System.Text.Json.JsonSerializer.SerializeToNode(Claim(Guid.Empty), System.Text.Json.JsonSerializerOptions.Web)!.AsObject();
        claim.Remove("articleId");
        return claim;
    }

    /// <summary>A fact check as a fact-checker publishes it, of a claim no one stored: the import records it.</summary>
    private object ClaimReviewMarkup()
    {
        var name = Unique("Contract Checker");
        return new Dictionary<string, object>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "ClaimReview",
            ["url"] = $"https://factcheck.example/{Guid.NewGuid():N}",
            ["datePublished"] = "2025-05-02",
            ["author"] = new Dictionary<string, object> { ["@type"] = "Organization", ["name"] = name },
            ["claimReviewed"] = Unique("The bridge will reopen in"),
            ["reviewRating"] = new Dictionary<string, object> { ["@type"] = "Rating", ["ratingValue"] = 2, ["bestRating"] = 6, ["worstRating"] = 1, ["alternateName"] = "False" },
            ["itemReviewed"] = new Dictionary<string, object>
            {
                ["@type"] = "Claim",
                ["author"] = new Dictionary<string, object> { ["@type"] = "Person", ["name"] = "Vladimir Putin" },
                ["appearance"] = new Dictionary<string, object> { ["@type"] = "CreativeWork", ["url"] = $"https://news.example/{Guid.NewGuid():N}" },
            },
        };
    }

    private async Task<object> ReviewAsync() => new
    {
        reviewerId = await CreateAsync("/api/v1/actors", new { name = Unique("Contract Checker"), kind = "organisation", aliases = Array.Empty<string>(), roles = Array.Empty<object>() }),
        rating = new { ratingValue = 2, bestRating = 6, worstRating = 1, alternateName = "False" },
        summary = "The schedule says September.",
        url = $"https://factcheck.example/{Guid.NewGuid():N}",
        publishedOn = "2025-05-02",
        language = "en",
    };

    private async Task<Guid> NewReviewAsync(Guid? claim = null) =>
        await CreateAsync($"/api/v1/claims/{claim ?? await NewClaimAsync()}/reviews", await ReviewAsync());

    private async Task<Guid> ReviewedClaimAsync()
    {
        var claim = await NewClaimAsync();
        await NewReviewAsync(claim);
        return claim;
    }

    private async Task<Guid> ClaimedArticleAsync()
    {
        var article = await NewArticleAsync();
        await NewClaimAsync(article);
        return article;
    }

    private async Task<Guid> RelatedClaimAsync()
    {
        var from = await NewClaimAsync();
        await CreateAsync($"/api/v1/claims/{from}/relations", new { toClaimId = await NewClaimAsync(), kind = "supports" });
        return from;
    }
}
