using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsroomClaims.Domain;

namespace NewsroomClaims.Api.Data.Configurations;

internal static class EntityConfiguration
{
    /// <summary>Maps what every <see cref="Entity"/> shares: key, timestamps, and the version as concurrency token.</summary>
    public static void ConfigureEntity<T>(this EntityTypeBuilder<T> builder) where T : Entity
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Version).IsConcurrencyToken();
    }
}
