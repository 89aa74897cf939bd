using System.Collections.Frozen;
using NewsroomClaims.Domain.Actors;

namespace NewsroomClaims.Domain.Extraction;

/// <summary>Cheap, explainable guesses about what a name denotes, from its words alone.</summary>
internal static class ActorKindGuesser
{
    private static readonly FrozenSet<string> Outlets = new[]
    {
        "bloomberg", "reuters", "axios", "cnn", "fox", "msnbc", "nbc", "abc", "cbs", "npr", "bbc", "politico", "ap",
        "associated press", "afp", "breitbart", "newsweek", "time", "tass", "ria novosti", "interfax", "al jazeera",
        "the hill", "vox", "buzzfeed", "huffpost", "huffington post", "slate", "salon", "the atlantic", "the economist",
        "menafn", "xinhua", "kyodo", "yonhap", "der spiegel", "le monde", "bild", "fox news", "sky news", "cnbc", "pbs",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> OutletWords = new[]
    {
        "times", "post", "journal", "news", "tribune", "guardian", "telegraph", "herald", "gazette", "magazine", "daily",
        "wire", "network", "newspaper", "press", "radio", "television", "tv", "channel", "agency", "chronicle", "observer",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> OrganisationWords = new[]
    {
        "party", "committee", "department", "ministry", "campaign", "council", "university", "institute", "commission",
        "court", "senate", "congress", "house", "kremlin", "pentagon", "company", "inc", "corp", "group", "foundation",
        "association", "union", "bank", "fund", "organization", "organisation", "office", "administration", "bureau",
        "center", "centre", "board", "service", "police", "army", "fbi", "cia", "nato", "un", "eu", "gop", "dnc", "rnc",
        "coalition", "alliance", "federation", "society", "club", "team", "staff", "force", "industries", "llc", "ltd",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Governments = new[]
    {
        "russia", "ukraine", "china", "us", "u.s", "usa", "united states", "america", "iran", "israel", "germany", "france",
        "britain", "uk", "japan", "india", "turkey", "moscow", "kyiv", "kiev", "washington", "beijing", "tehran", "london",
        "paris", "berlin", "north korea", "south korea", "pyongyang", "seoul", "saudi arabia", "syria", "mexico", "canada",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static ActorKind Guess(string name)
    {
        var key = NameKey.Of(name).TrimEnd('.');
        if (key.StartsWith("the ", StringComparison.Ordinal) && Outlets.Contains(key))
        {
            return ActorKind.Outlet;
        }

        var bare = key.StartsWith("the ", StringComparison.Ordinal) ? key[4..] : key;
        if (Outlets.Contains(bare))
        {
            return ActorKind.Outlet;
        }

        if (Governments.Contains(bare))
        {
            return ActorKind.Government;
        }

        var words = bare.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 1 && words.Any(OutletWords.Contains))
        {
            return ActorKind.Outlet;
        }

        if (words.Any(OrganisationWords.Contains))
        {
            return ActorKind.Organisation;
        }

        return ActorKind.Person;
    }
}
