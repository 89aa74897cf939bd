// A small newsroom tool written against types generated from the API's OpenAPI document
// (tests/checks/openapi.sh generates ./generated/api.d.ts, type-checks this file, then runs it
// against a live API). If the contract changes shape, this stops compiling.
import createClient from "openapi-fetch";
import type { components, paths } from "./generated/api.js";

type Claim = components["schemas"]["ClaimResponse"];
type ClaimRequest = components["schemas"]["ClaimRequest"];

export function chainText(claim: Claim): string {
  return claim.chain.map((link) => `${link.actorName ?? link.description ?? "?"}${link.cue ? ` (${link.cue})` : ""}`).join(" → ");
}

export async function claimsBy(baseUrl: string, name: string): Promise<Claim[]> {
  const client = createClient<paths, "application/json">({ baseUrl });
  const actors = await client.GET("/api/v1/actors", { params: { query: { name } } });
  if (actors.error) {
    throw new Error(`actor lookup failed: HTTP ${actors.response.status}`);
  }
  const actor = actors.data.items[0];
  if (!actor) {
    throw new Error(`no actor answers to ${name}`);
  }
  const claims = await client.GET("/api/v1/claims", { params: { query: { speaker: actor.id, pageSize: 10, kind: "indirect" } } });
  if (claims.error) {
    throw new Error(`claims failed: HTTP ${claims.response.status}`);
  }
  return claims.data.items;
}

// Never sent: shows that a write request type-checks against the contract.
export const exampleRequest: ClaimRequest = {
  articleId: "01968a1c-0000-7000-8000-000000000001",
  content: "the bridge will reopen in May",
  kind: "indirect",
  speaker: { actorId: "01968a1c-0000-7000-8000-000000000002", cue: "said" },
  reportedBy: [{ description: "officials familiar with the plans", cue: "according to" }],
  topics: ["infrastructure"],
  about: [],
};

const baseUrl = process.argv[2];
if (baseUrl) {
  const claims = await claimsBy(baseUrl, "Putin");
  for (const claim of claims) {
    console.log(`${claim.speaker.actorName}: ${claim.content.slice(0, 60)}… via ${chainText(claim)}`);
  }
  if (!claims.some((c) => c.chain.length === 4)) {
    console.error("expected Putin's demand with its four-link chain");
    process.exit(1);
  }
}
