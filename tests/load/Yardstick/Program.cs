// Usage: yardstick FILE CONTENT_TYPE  (ASPNETCORE_URLS picks the address). Every request gets FILE's bytes, nothing else:
// no routing, no middleware, no logging. What the machine can serve at most with Kestrel for a response of that size.
var bytes = File.ReadAllBytes(args[0]);
var contentType = args.Length > 1 ? args[1] : "application/json; charset=utf-8";
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();
app.Run(async http =>
{
    http.Response.ContentType = contentType;
    http.Response.ContentLength = bytes.Length;
    await http.Response.Body.WriteAsync(bytes);
});
await app.RunAsync();
