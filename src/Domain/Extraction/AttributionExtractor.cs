using NewsroomClaims.Domain.Extraction.Model;
using NewsroomClaims.Domain.Extraction.Rules;

namespace NewsroomClaims.Domain.Extraction;

/// <summary>
/// Attribution extraction following the PolNeAR guidelines, in two modes. Fast: the rules alone, each pass a single
/// sweep over sentences with bounded look-around, so run time grows linearly with the text. Accurate: a model learned
/// from the PolNeAR training set tags cues, sources and contents over MiniLM's contextual vectors, with the rules'
/// proposals among its inputs. Both end in the same nesting, speaker resolution and chains. Stateless per call (every
/// call builds its own <see cref="TextDocument"/>; the model and encoder are read-only), so one instance serves
/// concurrent requests.
/// </summary>
public sealed class AttributionExtractor
{
    private readonly ModelTagger? tagger;
    private readonly MiniLmEncoder? encoder;

    /// <summary>Rules only: every call runs in fast mode.</summary>
    public AttributionExtractor()
    {
    }

    public AttributionExtractor(AttributionModel model, MiniLmEncoder encoder)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(encoder);
        if (model.Layers != encoder.Layers)
        {
            throw new ArgumentException($"The model was trained on {model.Layers} MiniLM layers; the encoder runs {encoder.Layers}.", nameof(encoder));
        }

        tagger = new ModelTagger(model);
        this.encoder = encoder;
    }

    public bool HasModel => tagger is not null;

    public ExtractionResult Extract(string text, ExtractionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        options ??= new ExtractionOptions();
        var mode = options.Mode ?? (HasModel ? ExtractionMode.Accurate : ExtractionMode.Fast);
        if (mode == ExtractionMode.Accurate && !HasModel)
        {
            throw new InvalidOperationException("Accurate mode needs a trained model; none is loaded.");
        }

        var doc = new TextDocument(text);
        var drafts = FindDrafts(doc);
        if (mode == ExtractionMode.Accurate && doc.Tokens.Length > 0)
        {
            drafts = tagger!.Tag(tagger.Context(doc, encoder!.Encode(doc), drafts));
        }

        return Finish(doc, drafts, options) with { Mode = mode };
    }

    /// <summary>What both modes share once drafts exist: nesting, speakers, chains, suggestions.</summary>
    internal static ExtractionResult Finish(TextDocument doc, List<Draft> drafts, ExtractionOptions options)
    {
        var gazetteer = options.Gazetteer ?? Gazetteer.Empty;
        NestingResolver.Resolve(doc, drafts, new SpeakerResolver(doc, gazetteer));
        return ResultBuilder.Build(doc, drafts, gazetteer, options);
    }

    /// <summary>The rules' attributions: every rule proposes, one resolver decides (see <see cref="RuleSet"/>).</summary>
    internal static List<Draft> FindDrafts(TextDocument doc) => RuleSet.Default.FindDrafts(doc);
}
