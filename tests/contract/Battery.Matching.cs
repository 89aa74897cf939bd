using System.Text.Json;

namespace NewsroomClaims.Contract;

/// <summary>
/// Requests for claim matching and statements. Claims are embedded and grouped after their write commits, so a recipe
/// waits for its claims' <c>statementId</c> as a client would. Each recipe that groups or corrects uses a speaker of its
/// own, so what one call grouped or merged never meets another call's claims.
/// </summary>
internal sealed partial class Battery
{
    private static readonly string[] OtherStatements =
    [
        "the harvest failed across the south this year",
        "the central bank will cut interest rates before winter",
    ];

    private Dictionary<string, Func<Task<Req>>> MatchingRecipes() => new()
    {
        ["ListSimilarClaims"] = async () => Get($"/api/v1/claims/{await NewClaimAsync()}/similar?minScore=0.3&pageSize=5"),
        ["ListClaimAppearances"] = async () => Get($"/api/v1/claims/{(await GroupedClaimAsync()).Claim}/appearances"),
        ["MatchClaims"] = Fixed(new Req("POST", "/api/v1/claim-matches", 200, Json(new { text = "The bridge is to reopen in May, the minister said.", speaker = putin.ToString() }), Key: reader)),
        ["GetStatement"] = async () => Get($"/api/v1/statements/{(await GroupedClaimAsync()).Statement}"),
        ["ListStatementAppearances"] = async () => Get($"/api/v1/statements/{(await GroupedClaimAsync()).Statement}/appearances?pageSize=5"),
        ["GetStatementHistory"] = async () => Get($"/api/v1/statements/{(await GroupedClaimAsync()).Statement}/history"),
        ["MergeStatements"] = async () =>
        {
            var speaker = await NewActorAsync();
            var (_, kept) = await GroupedClaimAsync(speaker);
            var (_, merged) = await GroupedClaimAsync(speaker, OtherStatements[0]);
            return Write("POST", $"/api/v1/statements/{kept}/merge", new { statement = merged, reason = "The same remark." }, 200);
        },
        ["SplitStatement"] = async () =>
        {
            var speaker = await NewActorAsync();
            var (_, statement) = await GroupedClaimAsync(speaker);
            var (leaving, same) = await GroupedClaimAsync(speaker);
            if (same != statement)
            {
                throw new InvalidOperationException("two claims with the same words were not grouped into one statement");
            }

            return Write("POST", $"/api/v1/statements/{statement}/split", new { claims = new[] { leaving }, reason = "A different remark." }, 201);
        },
    };

    /// <summary>Merging statements of two speakers is a conflict.</summary>
    private async Task StatementConflictsAsync()
    {
        var (_, mine) = await GroupedClaimAsync(await NewActorAsync());
        var (_, theirs) = await GroupedClaimAsync(await NewActorAsync(), OtherStatements[1]);
        await run.SendAsync(Write("POST", $"/api/v1/statements/{mine}/merge", new { statement = theirs }, 409));
    }

    /// <summary>A new claim (by <paramref name="speaker"/>, Putin by default) once the grouping has given it a statement.</summary>
    private async Task<(Guid Claim, Guid Statement)> GroupedClaimAsync(Guid? speaker = null, string content = "the bridge will reopen in May")
    {
        var claim = await CreateAsync("/api/v1/claims", Claim(await NewArticleAsync(), content, speaker));
        for (var attempt = 0; attempt < 120; attempt++)
        {
            var (_, body) = await run.SendAsync(Get($"/api/v1/claims/{claim}"));
            if (JsonDocument.Parse(body).RootElement.TryGetProperty("statementId", out var id) && id.ValueKind == JsonValueKind.String)
            {
                return (claim, id.GetGuid());
            }

            await Task.Delay(250);
        }

        throw new InvalidOperationException($"claim {claim} was not grouped into a statement within 30 s");
    }
}
