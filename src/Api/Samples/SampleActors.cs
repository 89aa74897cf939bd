using NewsroomClaims.Domain.Actors;

namespace NewsroomClaims.Api.Samples;

/// <summary>The actors of the seed story, with the spellings and roles a newsroom meets them under.</summary>
internal sealed class SampleActors
{
    public Actor Menafn { get; } = Outlet("MENAFN", "Middle East North Africa Financial Network", "Wire and syndication service.");
    public Actor Bloomberg { get; } = Outlet("Bloomberg", "Bloomberg News", "Business news outlet.");
    public Actor Axios { get; } = Outlet("Axios", "Axios Media", "US news outlet.");

    public Actor Witkoff { get; } = Person("Steve Witkoff", "Q7614130", "US special envoy for peace missions.",
        ["Witkoff", "Steven Witkoff", "Steven Charles Witkoff"], new ActorRole { Title = "US special envoy", From = new DateOnly(2025, 1, 20) });

    public Actor Putin { get; } = Person("Vladimir Putin", "Q7747", "President of Russia.",
        ["Putin", "Vladimir Vladimirovich Putin", "Владимир Путин"], new ActorRole { Title = "President of Russia", From = new DateOnly(2012, 5, 7) });

    public Actor Zelensky { get; } = Person("Volodymyr Zelensky", "Q3874799", "President of Ukraine.",
        ["Zelenskyy", "Zelensky", "Volodymyr Zelenskyy", "Vladimir Zelensky", "Володимир Зеленський"],
        new ActorRole { Title = "President of Ukraine", From = new DateOnly(2019, 5, 20) });

    public Actor Trump { get; } = Person("Donald Trump", "Q22686", "President of the United States.",
        ["Trump", "President Trump", "Donald J. Trump"],
        new ActorRole { Title = "President of the United States", From = new DateOnly(2017, 1, 20), To = new DateOnly(2021, 1, 20) },
        new ActorRole { Title = "President of the United States", From = new DateOnly(2025, 1, 20) });

    public Actor Peskov { get; } = Person("Dmitry Peskov", "Q2309784", "Press secretary of the President of Russia.",
        ["Peskov", "Dmitri Peskov", "Дмитрий Песков"], new ActorRole { Title = "Kremlin spokesperson", From = new DateOnly(2012, 5, 22) });

    public Actor Russia { get; } = Government("Russia", "Q159", ["Russian Federation", "Kremlin", "Moscow"]);
    public Actor Ukraine { get; } = Government("Ukraine", "Q212", ["Kyiv", "Kiev"]);
    public Actor UnitedStates { get; } = Government("United States", "Q30", ["US", "USA", "United States of America", "Washington"]);

    public IEnumerable<Actor> All => [Menafn, Bloomberg, Axios, Witkoff, Putin, Zelensky, Trump, Peskov, Russia, Ukraine, UnitedStates];

    private static Actor Outlet(string name, string alias, string description) =>
        new(name, ActorKind.Outlet, [alias]) { Description = description };

    private static Actor Government(string name, string wikidataId, string[] aliases) =>
        new(name, ActorKind.Government, aliases) { WikidataId = wikidataId, Description = $"The government of {name}." };

    private static Actor Person(string name, string wikidataId, string description, string[] aliases, params ActorRole[] roles)
    {
        var actor = new Actor(name, ActorKind.Person, aliases) { WikidataId = wikidataId, Description = description };
        actor.SetRoles(roles);
        return actor;
    }
}
