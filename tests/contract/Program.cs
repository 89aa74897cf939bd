using NewsroomClaims.Contract;

// The contract check's client; tests/checks/openapi.sh runs it. Usage:
//   walkthrough BASE_URL KEY                         the README's walk-through with the Kiota client
//   reorder OPENAPI_JSON OUTPUT                      the document for the second Prism (see ContractIndex.WriteOtherMediaTypesFirst)
//   battery PROXY OTHER_PROXY API KEY OPENAPI_JSON   every operation and documented error through Prism
//   ratelimit PROXY API OPENAPI_JSON LIMIT           429 on an API that allows LIMIT requests a window
static void Log(string line) => Console.WriteLine(line);

static HttpClient Client(string url) => new() { BaseAddress = new Uri(url.TrimEnd('/') + "/"), Timeout = TimeSpan.FromSeconds(60) };

static int Report(ProxyRunner run, ContractIndex contract, bool coverage)
{
    foreach (var violation in run.Violations)
    {
        Log($"VIOLATION {violation}");
    }

    foreach (var failure in run.Failures)
    {
        Log($"FAILED {failure}");
    }

    foreach (var note in run.Notes)
    {
        Log($"note: {note}");
    }

    if (coverage)
    {
        var documented = contract.Operations.SelectMany(o => contract.Statuses(o.Id).Select(s => (o.Id, Status: s))).ToList();
        var missed = documented.Where(d => !run.Covered.Contains((d.Id, int.Parse(d.Status, System.Globalization.CultureInfo.InvariantCulture)))).ToList();
        foreach (var group in missed.GroupBy(m => m.Status).OrderBy(g => g.Key))
        {
            Log($"not provoked: {group.Key} on {group.Count()} operations ({string.Join(", ", group.Select(g => g.Id).Take(6))}{(group.Count() > 6 ? ", …" : "")})");
        }

        var unserved = contract.Operations.Where(o => !run.Covered.Any(c => c.Operation == o.Id && c.Status is >= 200 and < 300)).Select(o => o.Id).ToList();
        foreach (var id in unserved)
        {
            run.Failures.Add($"{id} never answered 2xx");
            Log($"FAILED {id} never answered 2xx");
        }

        Log($"coverage: {contract.Operations.Count()} operations, {documented.Count - missed.Count} of {documented.Count} documented (operation, status) pairs provoked, "
            + $"statuses seen: {string.Join(" ", run.Covered.Select(c => c.Status).Distinct().Order())}");
    }

    Log($"prism: {run.Sent} requests, {run.Violations.Count} violations, {run.Failures.Count} failed expectations, {run.Notes.Count} notes");
    return run.Violations.Count + run.Failures.Count == 0 ? 0 : 1;
}

switch (args.FirstOrDefault())
{
    case "walkthrough":
        await new Walkthrough(args[1], args[2], Log).RunAsync();
        Log("walk-through: done");
        return 0;

    case "reorder":
        ContractIndex.WriteOtherMediaTypesFirst(args[1], args[2]);
        return 0;

    case "battery":
    {
        var contract = new ContractIndex(args[5]);
        var run = new ProxyRunner(Client(args[1]), Client(args[2]), Client(args[3]), contract);
        await new Battery(run, contract, args[4]).RunAsync();
        return Report(run, contract, coverage: true);
    }

    case "ratelimit":
    {
        var contract = new ContractIndex(args[3]);
        var run = new ProxyRunner(Client(args[1]), Client(args[1]), Client(args[2]), contract);
        await Battery.RateLimitAsync(run, int.Parse(args[4], System.Globalization.CultureInfo.InvariantCulture));
        return Report(run, contract, coverage: false);
    }

    default:
        Log("usage: walkthrough BASE KEY | reorder OPENAPI_JSON OUTPUT | battery PROXY OTHER_PROXY API KEY OPENAPI_JSON | ratelimit PROXY API OPENAPI_JSON LIMIT");
        return 2;
}

internal static partial class Program
{
    /// <summary>The request body limit the API under test runs with (Limits:MaxRequestBodyBytes), so 413 needs no megabyte.</summary>
    public const int MaxBodyBytes = 65536;
}
