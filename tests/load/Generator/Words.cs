namespace NewsroomClaims.Load;

/// <summary>Newsroom vocabulary, so generated text reads like news and search has words to find.</summary>
internal static class Words
{
    public static readonly string[] Common =
    [
        "minister", "government", "budget", "election", "parliament", "president", "talks", "ceasefire", "agreement",
        "sanctions", "economy", "inflation", "interest", "rates", "bank", "central", "trade", "tariffs", "exports",
        "imports", "energy", "gas", "oil", "pipeline", "prices", "markets", "investors", "shares", "bonds", "growth",
        "recession", "unemployment", "jobs", "wages", "strike", "union", "workers", "hospital", "health", "vaccine",
        "virus", "schools", "teachers", "students", "university", "police", "court", "judge", "trial", "verdict",
        "appeal", "law", "reform", "tax", "spending", "deficit", "debt", "loan", "fund", "aid", "refugees", "border",
        "migration", "asylum", "army", "troops", "military", "defence", "missile", "drone", "attack", "strike",
        "frontline", "offensive", "withdrawal", "peace", "negotiations", "summit", "envoy", "delegation", "embassy",
        "diplomat", "alliance", "treaty", "security", "council", "resolution", "vote", "ballot", "campaign", "poll",
        "candidate", "opposition", "coalition", "party", "leader", "spokesperson", "official", "sources", "report",
        "investigation", "inquiry", "scandal", "corruption", "fraud", "bribery", "audit", "regulator", "company",
        "merger", "acquisition", "profits", "losses", "revenue", "forecast", "outlook", "quarter", "annual", "climate",
        "emissions", "carbon", "renewable", "solar", "wind", "nuclear", "reactor", "drought", "flood", "storm",
        "wildfire", "harvest", "farmers", "grain", "wheat", "food", "shortage", "supply", "chain", "shipping", "port",
        "airline", "flights", "railway", "bridge", "road", "housing", "rent", "mortgage", "construction", "city",
        "mayor", "council", "region", "province", "capital", "village", "residents", "protest", "demonstrators",
        "rally", "crackdown", "arrest", "detained", "released", "hostages", "prisoners", "exchange", "humanitarian",
        "corridor", "evacuation", "civilians", "casualties", "damage", "infrastructure", "electricity", "blackout",
        "water", "internet", "cyber", "hackers", "data", "privacy", "technology", "artificial", "intelligence",
        "chips", "semiconductor", "factory", "production", "cars", "electric", "battery", "mining", "lithium",
        "copper", "gold", "currency", "dollar", "euro", "rouble", "yuan", "stocks", "crash", "rally", "record",
        "decline", "increase", "plan", "proposal", "deal", "framework", "roadmap", "deadline", "ultimatum", "warning",
        "threat", "promise", "pledge", "commitment", "guarantee", "recognition", "territory", "sovereignty",
        "independence", "referendum", "annexation", "occupation", "liberation", "victory", "defeat", "compromise",
    ];

    public static readonly string[] Cues =
    [
        "said", "told", "warned", "claimed", "argued", "insisted", "denied", "confirmed", "stated", "announced",
        "reiterated", "suggested", "acknowledged", "promised", "added",
    ];

    public static readonly string[] FirstNames =
    [
        "Anna", "Boris", "Carlos", "Dana", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jonas", "Kara", "Liam", "Maya",
        "Nikolai", "Olga", "Pavel", "Quinn", "Rosa", "Sami", "Tara", "Umar", "Vera", "Wei", "Xenia", "Yusuf", "Zoe",
        "Adam", "Beatriz", "Chen", "Dmitri", "Emma", "Felix", "Giulia", "Hassan", "Ivan", "Julia", "Kofi", "Lena",
        "Marco", "Nadia", "Omar", "Petra", "Rafael", "Sofia", "Tomas", "Ulla", "Viktor", "Wanda", "Yara", "Zaid",
    ];

    public static readonly string[] LastNames =
    [
        "Adams", "Petrov", "Garcia", "Kowalski", "Ivanova", "Haddad", "Okafor", "Tanaka", "Silva", "Berg", "Novak",
        "Murphy", "Levi", "Sokolov", "Kuznetsova", "Horvat", "Brennan", "Moreno", "Rahman", "Singh", "Yilmaz",
        "Shevchenko", "Wang", "Fischer", "Dubois", "Rossi", "Jensen", "Nakamura", "Kim", "Costa", "Bauer", "Nowak",
        "Lindqvist", "Hughes", "Popescu", "Mendes", "Aziz", "Keller", "Romano", "Larsen", "Svoboda", "Ortiz", "Khan",
        "Weber", "Moretti", "Nieminen", "Kaya", "Boateng", "Ferreira", "Schulz", "Tkachenko", "Lopez", "Mwangi",
        "Hansen", "Varga", "Koval", "Anand", "Cohen", "Duarte", "Eriksen", "Fournier", "Gallo", "Holm", "Ito",
        "Jovanovic", "Kato", "Lambert", "Marin", "Nagy", "Olsen", "Pereira", "Quint", "Reyes", "Sato", "Toth", "Usman",
        "Vidal", "Wojcik", "Xu", "Yamamoto", "Zielinski", "Abbott", "Baker", "Carter", "Dalton", "Ellis", "Foster",
        "Grant", "Hayes", "Irwin", "Jordan", "Knight", "Lowe", "Mason", "Nolan", "Owens", "Parker", "Reed", "Shaw",
        "Turner",
    ];

    public static readonly string[] Topics =
    [
        "war", "economy", "energy", "health", "climate", "elections", "diplomacy", "trade", "security", "justice",
        "technology", "migration", "housing", "education", "transport",
    ];
}
