using Mapster;
using NewsroomClaims.Domain.Extraction;

namespace NewsroomClaims.Api.Extractions;

/// <summary>The one mapping from an engine result to its response, shared by the preview and the article run.</summary>
internal static class ExtractionResponses
{
    public static ExtractionResponse From(ExtractionResult result, TypeAdapterConfig mapper) => new(
        result.Mode,
        result.Attributions.Select(a => a.Adapt<AttributionResponse>(mapper) with
        {
            Chain = result.ChainOf(a).Select(s => s.Adapt<ChainStepResponse>(mapper)).ToList(),
        }).ToList(),
        result.NewActors.Select(s => s.Adapt<ActorSuggestionResponse>(mapper)).ToList());
}
