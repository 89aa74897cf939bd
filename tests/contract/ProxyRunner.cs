using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace NewsroomClaims.Contract;

/// <summary>One request of the battery: what is sent, with which key, and the status the API must answer.</summary>
/// <param name="ContractForbids">The document itself says the request is invalid (a schema, a missing key): the proxy
/// may refuse it before the API sees it, and then the request is sent to the API directly to check it answers
/// <paramref name="Expected"/> too.</param>
internal sealed record Req(string Method, string Path, int Expected, string? Body = null, string? ContentType = null,
    string? Key = null, string? Accept = null, bool ContractForbids = false, IReadOnlyDictionary<string, string>? Headers = null)
{
    public Req With(string name, string value) => this with { Headers = new Dictionary<string, string>(Headers ?? new Dictionary<string, string>()) { [name] = value } };
}

/// <summary>
/// Sends requests through Stoplight Prism's validating proxy (<c>prism proxy --errors</c>) and counts what Prism
/// reports: a response that breaks the document (Prism answers 500 VIOLATIONS), a request the document refuses
/// although the API serves it, any <c>sl-violations</c> header, a header the API sent but the document does not
/// declare there, and a status other than the one expected. Every answer is recorded for the coverage report.
/// </summary>
internal sealed class ProxyRunner(HttpClient proxy, HttpClient otherMediaTypes, HttpClient direct, ContractIndex contract)
{
    private const string PrismErrors = "https://stoplight.io/prism/errors#";
    private static readonly string[] CheckedHeaders = ["ETag", "Location", "Link", "Retry-After", "Idempotent-Replayed", "Content-Disposition"];

    public List<string> Violations { get; } = [];
    public List<string> Failures { get; } = [];
    public List<string> Notes { get; } = [];
    public HashSet<(string Operation, int Status)> Covered { get; } = [];
    public int Sent { get; private set; }

    public async Task<(HttpResponseMessage Response, string Body)> SendAsync(Req req)
    {
        var operation = contract.OperationOf(req.Method, req.Path) ?? throw new InvalidOperationException($"{req.Method} {req.Path} is no documented operation");
        var label = $"{operation} {req.Method} {Short(req.Path)} → {req.Expected}";
        Sent++;
        var viaOther = req.Accept is { } accept && accept != "application/json" && accept.EndsWith("+json", StringComparison.Ordinal);
        var (response, body) = await SendToAsync(viaOther ? otherMediaTypes : proxy, req);
        var prismError = response.Content.Headers.ContentType?.MediaType == "application/problem+json" && body.Contains(PrismErrors, StringComparison.Ordinal)
            ? JsonDocument.Parse(body).RootElement.GetProperty("type").GetString()![PrismErrors.Length..]
            : null;

        if (prismError == "VIOLATIONS")
        {
            Violations.Add($"{label}: the response breaks the document: {body}");
            return (response, body);
        }

        if (prismError is not null)
        {
            if (!req.ContractForbids)
            {
                Violations.Add($"{label}: the document refuses a request the API serves ({prismError}): {body}");
                return (response, body);
            }

            // The document predicted the refusal; the API must refuse it as well.
            (response, body) = await SendToAsync(direct, req);
            Record(operation, label, req, response, body);
            return (response, body);
        }

        if (response.Headers.TryGetValues("sl-violations", out var reported))
        {
            Violations.Add($"{label}: {string.Join(" ", reported)}");
        }

        if (req.ContractForbids)
        {
            Notes.Add($"{label}: the document does not refuse this request; the API answers {(int)response.StatusCode}");
        }

        Record(operation, label, req, response, body);
        CheckHeaders(operation, label, response);
        return (response, body);
    }

    private void Record(string operation, string label, Req req, HttpResponseMessage response, string body)
    {
        var status = (int)response.StatusCode;
        Covered.Add((operation, status));
        if (status != req.Expected)
        {
            Failures.Add($"{label}: answered {status} {Short(body, 300)}");
        }
        else if (!contract.Declares(operation, status))
        {
            Violations.Add($"{label}: status {status} is not in the document");
        }
    }

    private void CheckHeaders(string operation, string label, HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        foreach (var header in CheckedHeaders)
        {
            var present = response.Headers.NonValidated.Contains(header) || response.Content.Headers.NonValidated.Contains(header);
            if (present && !contract.DeclaresHeader(operation, status, header))
            {
                Violations.Add($"{label}: header {header} is sent but not documented for {status}");
            }
        }

        if (response.Headers.Vary.Contains("Accept") && !contract.DeclaresHeader(operation, status, "Vary"))
        {
            Violations.Add($"{label}: Vary: Accept is sent but not documented for {status}");
        }
    }

    private static async Task<(HttpResponseMessage, string)> SendToAsync(HttpClient client, Req req)
    {
        try
        {
            return await SendOnceAsync(client, req);
        }
        catch (HttpRequestException) when (req.Expected >= 400)
        {
            // A refused request writes nothing, so sending it again is safe: the connection it went out on may have been
            // one the server was closing (after a 413, say), which is the transport's doing, not the API's answer.
            return await SendOnceAsync(client, req);
        }
    }

    private static async Task<(HttpResponseMessage, string)> SendOnceAsync(HttpClient client, Req req)
    {
        using var message = new HttpRequestMessage(new HttpMethod(req.Method), req.Path.TrimStart('/'));
        if (req.Body is not null)
        {
            message.Content = new StringContent(req.Body, Encoding.UTF8);
            message.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(req.ContentType ?? "application/json");
        }

        if (req.Key is not null)
        {
            message.Headers.Add("X-Api-Key", req.Key);
        }

        // Kestrel closes the connection after a body too large to read to its end, and an HttpClient that pooled it
        // could send the next request into the closing socket ("the response ended prematurely"): do not keep it.
        message.Headers.ConnectionClose = req.Expected == 413 ? true : null;
        message.Headers.Accept.ParseAdd(req.Accept ?? "application/json");
        foreach (var (name, value) in req.Headers ?? new Dictionary<string, string>())
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }

        var response = await client.SendAsync(message);
        return (response, await response.Content.ReadAsStringAsync());
    }

    private static string Short(string text, int length = 90) => text.Length <= length ? text : text[..length] + "…";
}
