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
