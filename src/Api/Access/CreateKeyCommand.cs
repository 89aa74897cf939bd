using NewsroomClaims.Domain.Access;

namespace NewsroomClaims.Api.Access;

/// <summary>
/// <c>dotnet run --project src/Api -- create-key --name NAME --role reader|editor|admin</c>: migrates the
/// configured database, creates a key, prints it once and exits without starting the server.
/// </summary>
public static class CreateKeyCommand
{
    public const string Name = "create-key";

    public static bool IsRequested(string[] args) => args.Length > 0 && args[0] == Name;

    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        var name = Option(args, "--name");
        var roleText = Option(args, "--role") ?? "reader";
        if (string.IsNullOrWhiteSpace(name) || name.Length > 200 || !Enum.TryParse<ApiKeyRole>(roleText, ignoreCase: true, out var role) || !Enum.IsDefined(role))
        {
            await Console.Error.WriteLineAsync("Usage: create-key --name NAME [--role reader|editor|admin]");
            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<ApiKeyStore>();
        var (key, secret) = await store.CreateAsync(name, role, CancellationToken.None);
        Console.WriteLine($"Created {key.Role.ToString().ToLowerInvariant()} key '{key.Name}' ({key.Id}). It is shown only this once:");
        Console.WriteLine(secret);
        return 0;
    }

    private static string? Option(string[] args, string option)
    {
        var index = Array.IndexOf(args, option);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
