using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using NewsroomClaims.Api.Tests.Infrastructure;

namespace NewsroomClaims.Api.Tests.Browser;

/// <summary>The API on a real localhost port, so a browser can reach it; its own database, sample story loaded.</summary>
public class KestrelApiFactory : ApiFactory
{
    public KestrelApiFactory()
    {
        UseKestrel(0);
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseAddress = addresses.Select(a => a.Replace("[::]", "127.0.0.1").Replace("localhost", "127.0.0.1")).First(a => a.StartsWith("http://", StringComparison.Ordinal));
    }

    public string BaseAddress { get; }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<KestrelApiFactory>
{
    public const string Name = "browser";
}
