using NewsroomClaims.Domain.Extraction.Corpus;
using NewsroomClaims.Domain.Extraction.Model;

namespace NewsroomClaims.Domain.Extraction.Training;

/// <summary>A gold document with everything the stages need: its context (vectors, rule hints) and gold in token terms.</summary>
internal sealed record EncodedDocument(GoldDocument Gold, DocumentContext Context, GoldTokens Tokens);
