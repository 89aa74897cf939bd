using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace NewsroomClaims.Api.Data;

/// <summary>Stores times as UTC and reads them back marked UTC, so JSON always ends in "Z".</summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value.Kind == DateTimeKind.Utc ? value : value.ToUniversalTime(),
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
