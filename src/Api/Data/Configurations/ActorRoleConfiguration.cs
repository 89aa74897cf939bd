using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsroomClaims.Domain.Actors;

namespace NewsroomClaims.Api.Data.Configurations;

internal sealed class ActorRoleConfiguration : IEntityTypeConfiguration<ActorRole>
{
    public void Configure(EntityTypeBuilder<ActorRole> builder)
    {
        builder.HasKey(r => r.Id);

        // Ids are made in code; without this EF takes a new row reached through a navigation for an existing one.
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Title).HasMaxLength(Limits.Name).IsRequired();
    }
}
