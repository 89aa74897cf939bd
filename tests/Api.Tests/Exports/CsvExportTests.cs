using System.Net;
using System.Text;
using NewsroomClaims.Api.Tests.Infrastructure;

namespace NewsroomClaims.Api.Tests.Exports;

[Collection(ApiCollection.Name)]
public sealed class CsvExportTests(ApiFactory factory)
{
    private readonly HttpClient client = factory.CreateClient();

    private async Task<(HttpResponseMessage Response, byte[] Bytes)> GetCsvAsync(string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd("text/csv");
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        return (response, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task FilteredClaimsExportAsUtf8CsvWithBomAndHeaderRow()
    {
        var data = await ExportData.CreateAsync(new TestData(client));
        var (_, bytes) = await GetCsvAsync($"/api/v1/claims?article={data.Article.Id}");

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var rows = Rfc4180.Parse(Encoding.UTF8.GetString(bytes[3..]));
        Assert.Equal(2, rows.Count);
        Assert.Equal("id", rows[0][0]);
        var row = rows[0].Zip(rows[1]).ToDictionary(p => p.First, p => p.Second);
        Assert.Equal(data.Claim.Id.ToString(), row["id"]);
        Assert.Equal(data.Minister.Name, row["speaker"]);
        Assert.Equal($"{data.Wire.Name} → {data.Outlet.Name} (according to) → {ExportData.Officials} (said) → {data.Minister.Name} (said)", row["chain"]);
        Assert.Equal(data.Article.CanonicalUrl, row["articleUrl"]);
        Assert.Equal("indirect", row["kind"]);
    }

    [Fact]
    public async Task CellsWithCommasQuotesAndLineBreaksAreQuotedAndSurviveARoundTrip()
    {
        const string content = "the bridge, \"finally\", will reopen\r\nin May";
        var data = await ExportData.CreateAsync(new TestData(client), content);
        var (_, bytes) = await GetCsvAsync($"/api/v1/claims?article={data.Article.Id}");
        var text = Encoding.UTF8.GetString(bytes[3..]);

        Assert.Contains("\"the bridge, \"\"finally\"\", will reopen\r\nin May\"", text);
        Assert.EndsWith("\r\n", text);
        var rows = Rfc4180.Parse(text);
        Assert.Equal(content, rows[1][Array.IndexOf(rows[0], "content")]);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"https://evil.example\",\"click\")")]
    [InlineData("+1 bridge will reopen")]
    [InlineData("-2 lanes stay closed")]
    [InlineData("@SUM(A1:A2) is the cost")]
    public async Task CellsAFormulaCouldStartWithAreEscaped(string content)
    {
        var data = await ExportData.CreateAsync(new TestData(client), content);
        var (_, bytes) = await GetCsvAsync($"/api/v1/claims?article={data.Article.Id}");

        var rows = Rfc4180.Parse(Encoding.UTF8.GetString(bytes[3..]));
        Assert.Equal("'" + content, rows[1][Array.IndexOf(rows[0], "content")]);
    }

    [Fact]
    public async Task ALongListLinksItsNextPageInTheLinkHeader()
    {
        var (response, _) = await GetCsvAsync("/api/v1/claims?pageSize=1");
        Assert.Contains("rel=\"next\"", string.Join(",", response.Headers.GetValues("Link")));
    }
}

/// <summary>A strict RFC 4180 reader, so the tests check what a spreadsheet would read.</summary>
internal static class Rfc4180
{
    public static List<string[]> Parse(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"' && cell.Length == 0)
            {
                i++;
                while (true)
                {
                    if (text[i] == '"' && i + 1 < text.Length && text[i + 1] == '"') { cell.Append('"'); i += 2; }
                    else if (text[i] == '"') { i++; break; }
                    else { cell.Append(text[i++]); }
                }
            }
            else if (text[i] == ',') { row.Add(cell.ToString()); cell.Clear(); i++; }
            else if (text[i] == '\r' && text[i + 1] == '\n') { row.Add(cell.ToString()); cell.Clear(); rows.Add([.. row]); row.Clear(); i += 2; }
            else { Assert.NotEqual('"', text[i]); Assert.NotEqual('\n', text[i]); cell.Append(text[i++]); }
        }

        Assert.Empty(row);
        Assert.True(rows.All(r => r.Length == rows[0].Length), "every row has as many cells as the header");
        return rows;
    }
}
