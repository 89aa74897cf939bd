using System.Net;
using System.Net.Sockets;

namespace NewsroomClaims.Api.Webhooks;

/// <summary>
/// Server-side request forgery guard (OWASP API7): a webhook must not make the API call into its own host or network
/// (a cloud metadata endpoint, an admin port, a database). Checked twice: when a subscription is saved (the URL's
/// form, literal addresses and local names) and when each delivery connects, on the very addresses DNS returned, so a
/// name that resolves to a private address later (DNS rebinding) is refused too.
/// </summary>
public static class WebhookTargets
{
    private static readonly IPNetwork[] Blocked =
    [
        IPNetwork.Parse("0.0.0.0/8"),        // "this" network
        IPNetwork.Parse("10.0.0.0/8"),       // private
        IPNetwork.Parse("100.64.0.0/10"),    // carrier-grade NAT
        IPNetwork.Parse("127.0.0.0/8"),      // loopback
        IPNetwork.Parse("169.254.0.0/16"),   // link-local (cloud metadata at 169.254.169.254)
        IPNetwork.Parse("172.16.0.0/12"),    // private
        IPNetwork.Parse("192.0.0.0/24"),     // IETF protocol assignments
        IPNetwork.Parse("192.0.2.0/24"),     // documentation
        IPNetwork.Parse("192.168.0.0/16"),   // private
        IPNetwork.Parse("198.18.0.0/15"),    // benchmarking
        IPNetwork.Parse("198.51.100.0/24"),  // documentation
        IPNetwork.Parse("203.0.113.0/24"),   // documentation
        IPNetwork.Parse("224.0.0.0/4"),      // multicast
        IPNetwork.Parse("240.0.0.0/4"),      // reserved, broadcast
        IPNetwork.Parse("::/128"),           // unspecified
        IPNetwork.Parse("::1/128"),          // loopback
        IPNetwork.Parse("64:ff9b::/96"),     // NAT64 (reaches IPv4 addresses)
        IPNetwork.Parse("100::/64"),         // discard
        IPNetwork.Parse("2001:db8::/32"),    // documentation
        IPNetwork.Parse("fc00::/7"),         // unique local
        IPNetwork.Parse("fe80::/10"),        // link-local
        IPNetwork.Parse("ff00::/8"),         // multicast
    ];

    /// <summary>Whether the API may connect to this address.</summary>
    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        return !Blocked.Any(network => network.BaseAddress.AddressFamily == address.AddressFamily && network.Contains(address));
    }

    /// <summary>Why a URL cannot be a webhook target, or null when it can (its name is checked again at each connection).</summary>
    public static string? Problem(string url, bool allowPrivate)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            return "'url' must be an absolute http or https URL.";
        }

        if (uri.UserInfo.Length > 0)
        {
            return "'url' must not hold a user name or password; the signature authenticates each delivery.";
        }

        if (uri.Fragment.Length > 0)
        {
            return "'url' must not have a fragment.";
        }

        if (allowPrivate)
        {
            return null;
        }

        var host = uri.IdnHost.TrimEnd('.');
        if (IPAddress.TryParse(host, out var address) ? !IsPublic(address) : IsLocalName(host))
        {
            return $"'url' points at a loopback, link-local or private address ({host}); webhooks are delivered to public addresses only.";
        }

        return null;
    }

    private static bool IsLocalName(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
        || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase)
        || host.EndsWith(".local", StringComparison.OrdinalIgnoreCase)
        || host.EndsWith(".internal", StringComparison.OrdinalIgnoreCase)
        || !host.Contains('.', StringComparison.Ordinal);

    /// <summary>
    /// Connects a delivery: resolves the host, refuses it if any address it resolves to is not public (unless allowed),
    /// and connects to the addresses that were checked, never to a name resolved again behind the check.
    /// </summary>
    public static async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, bool allowPrivate, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancellationToken);
        if (addresses.Length == 0)
        {
            throw new HttpRequestException($"{host} has no address.");
        }

        if (!allowPrivate && addresses.FirstOrDefault(a => !IsPublic(a)) is { } blocked)
        {
            throw new BlockedTargetException($"{host} resolves to {blocked}, a loopback, link-local or private address; not connecting.");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}

/// <summary>A delivery refused because its target resolved to an address webhooks may not reach.</summary>
public sealed class BlockedTargetException(string message) : HttpRequestException(message);
