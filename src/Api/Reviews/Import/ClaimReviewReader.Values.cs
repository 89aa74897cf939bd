using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using NewsroomClaims.Api.Data;
using NewsroomClaims.Api.Infrastructure;
using NewsroomClaims.Domain.Actors;
using NewsroomClaims.Domain.Claims;
using NewsroomClaims.Domain.Reviews;

namespace NewsroomClaims.Api.Reviews.Import;

/// <summary>The reader's value readers: bounded text, numbers, dates, URLs and languages, each reporting what it cannot read at its JSONPath.</summary>
public static partial class ClaimReviewReader
{
    private static string? Limited(JsonLdNodes document, JsonLdNode node, string term, int limit)
    {
        var text = node.Text(term);
        if (text is not null && text.Length > limit)
        {
            document.Error(node.First(term)!.Value.Path, $"At most {limit} characters.");
            return null;
        }

        return text;
    }

    /// <summary>The term as a number; <paramref name="words"/> gets its text when it is text but no number.</summary>
    private static decimal? Number(JsonLdNodes document, JsonLdNode node, string term, out string? words)
    {
        words = null;
        if (node.First(term) is not { } first)
        {
            return null;
        }

        var text = node.Text(first.Value, first.Path);
        var number = text is null ? null : ImportText.Number(text);
        if (number is null && text is not null)
        {
            words = text;
        }

        return number is > 1_000_000_000m or < -1_000_000_000m ? Fail(document, first.Path) : number;

        static decimal? Fail(JsonLdNodes document, string path)
        {
            document.Error(path, "Must be a number between -1,000,000,000 and 1,000,000,000.");
            return null;
        }
    }

    private static (DateOnly Date, DatePrecision Precision)? Date(JsonLdNodes document, JsonLdNode node, string term)
    {
        if (node.First(term) is not { } first || node.Text(first.Value, first.Path) is not { } text)
        {
            return null;
        }

        if (ImportText.Date(text) is { Date.Year: >= 1800 and <= 2200 } date)
        {
            return date;
        }

        document.Error(first.Path, $"'{Shorten(text)}' is not a date this API can read: use ISO 8601 (2024-03-05 or 2024-03-05T10:00:00Z).");
        return null;
    }

    private static string? Url(JsonLdNodes document, JsonLdNode node, string term, bool required)
    {
        if (node.First(term) is not { } first)
        {
            if (required)
            {
                document.Error(JsonLdNodes.Child(node.Path, term), "Required: the address of the fact check (an absolute http or https URL).");
            }

            return null;
        }

        return CheckedUrl(document, first.Value.ValueKind == JsonValueKind.String ? first.Value.GetString() : null, first.Path);
    }

    private static string? CheckedUrl(JsonLdNodes document, string? value, string path)
    {
        var url = value?.Trim();
        if (url is { Length: <= Limits.Url } && ReviewRequestValidator.BeHttpUrl(url))
        {
            return url;
        }

        document.Error(path, "Must be an absolute http or https URL.");
        return null;
    }

    /// <summary>The language: a tag in any case ("en_GB"), a language's name ("English"), or a Language node with either.</summary>
    private static string? Language(JsonLdNodes document, JsonLdNode node)
    {
        var candidates = new List<(string Text, string Path)>();
        foreach (var language in node.Nodes("inLanguage", (words, path) => candidates.Add((words, path))))
        {
            foreach (var term in (string[])["alternateName", "name"])
            {
                if (language.Text(term) is { } text)
                {
                    candidates.Add((text, language.Path));
                }
            }
        }

        if (candidates.Count == 0)
        {
            return null;
        }

        var tag = candidates.Select(c => Infrastructure.LanguageTags.Normalise(c.Text)).FirstOrDefault(t => t is not null);
        if (tag is null)
        {
            document.Error(candidates[0].Path, $"'{Shorten(candidates[0].Text)}' names no language: use a BCP 47 tag such as 'en' or 'es-AR'.");
        }

        return tag;
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
