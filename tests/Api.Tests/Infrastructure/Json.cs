using System.Text.Json;
using NewsroomClaims.Api.Infrastructure;

namespace NewsroomClaims.Api.Tests.Infrastructure;

public static class Json
{
    /// <summary>The API's own serializer settings, so tests read enums and names as clients see them.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        ApiControllersSetup.ConfigureJson(options);
        return options;
    }
}
