using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsroomClaims.Domain.Actors;

namespace NewsroomClaims.Api.Data.Configurations;

internal sealed class ActorNameConfiguration : IEntityTypeConfiguration<ActorName>
{
    public void Configure(EntityTypeBuilder<ActorName> builder)
    {
        builder.HasKey(n => n.Id);

        // Ids are made in code; without this EF takes a new row reached through a navigation for an existing one.
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.Value).HasMaxLength(Limits.Name).IsRequired();
        builder.Property(n => n.Normalized).HasMaxLength(Limits.Name).IsRequired();

        // The database, not just the validator, guarantees a spelling belongs to one actor.
        builder.HasIndex(n => n.Normalized).IsUnique();
    }
}
