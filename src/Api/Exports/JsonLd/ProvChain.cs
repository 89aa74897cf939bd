using System.Text.Json.Nodes;
using NewsroomClaims.Api.Claims;

namespace NewsroomClaims.Api.Exports.JsonLd;

/// <summary>
/// A claim's attribution chain in PROV-O, the one way both JSON-LD exports say it: the claim as printed
/// <c>wasQuotedFrom</c> the outermost reporter's account, which was quoted from the next one's, down to the speaker's
/// own statement; each account (a <c>prov:Entity</c> with its <c>position</c> and cue as <c>description</c>)
/// <c>wasAttributedTo</c> its link's agent.
/// </summary>
/// <param name="prov">How PROV terms are written: "prov:" where the context defines the prefix, or the namespace itself
/// where the document's context must be schema.org's alone (ClaimReview, as Google reads it).</param>
/// <param name="agent">The agent node of a link.</param>
internal sealed class ProvChain(string prov, Func<LinkResponse, JsonObject> agent)
{
    public const string Namespace = "http://www.w3.org/ns/prov#";

    public string WasAttributedTo => prov + "wasAttributedTo";

    public string WasQuotedFrom => prov + "wasQuotedFrom";

    /// <summary>Adds the speaker as the claim's source and the chain of accounts it was quoted from.</summary>
    public void Describe(JsonObject claimNode, ClaimResponse claim, string claimId)
    {
        claimNode[WasAttributedTo] = agent(claim.Speaker);
        claimNode[WasQuotedFrom] = Account(claim, claimId, 0);
    }

    /// <summary>The account held by link <paramref name="position"/>, quoting the next link's; the speaker's ends the chain.</summary>
    private JsonObject Account(ClaimResponse claim, string claimId, int position)
    {
        var link = claim.Chain[position];
        var account = new JsonObject
        {
            ["@type"] = prov + "Entity",
            ["@id"] = $"{claimId}#chain-{position}",
            ["position"] = position,
            [WasAttributedTo] = agent(link),
        };
        if (link.Cue is not null)
        {
            account["description"] = link.Cue;
        }

        if (position + 1 < claim.Chain.Count)
        {
            account[WasQuotedFrom] = Account(claim, claimId, position + 1);
        }

        return account;
    }
}
