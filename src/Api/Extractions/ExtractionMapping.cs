using Mapster;
using NewsroomClaims.Domain.Extraction;

namespace NewsroomClaims.Api.Extractions;

internal sealed class ExtractionMapping : IRegister
{
    public void Register(TypeAdapterConfig config)
    {
        config.NewConfig<SpanText, SpanResponse>();
        config.NewConfig<ExtractedSpeaker, SpeakerResponse>();
        config.NewConfig<ActorSuggestion, ActorSuggestionResponse>();
        config.NewConfig<ChainStep, ChainStepResponse>();

        // The chain is not a property of the attribution; the controller adds it from the result.
        config.NewConfig<ExtractedAttribution, AttributionResponse>()
            .Map(d => d.Chain, _ => Array.Empty<ChainStepResponse>());
    }
}

/// <summary>An extraction result as the API answers it; shared by the preview and the stored-article run.</summary>
internal static class ExtractionResponses
{
    public static ExtractionResponse From(ExtractionResult result, TypeAdapterConfig mapper) => new(
        result.Attributions.Select(a => a.Adapt<AttributionResponse>(mapper) with
        {
            Chain = result.ChainOf(a).Select(s => s.Adapt<ChainStepResponse>(mapper)).ToList(),
        }).ToList(),
        result.NewActors.Select(s => s.Adapt<ActorSuggestionResponse>(mapper)).ToList());
}
