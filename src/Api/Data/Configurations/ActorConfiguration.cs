using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsroomClaims.Domain.Actors;

namespace NewsroomClaims.Api.Data.Configurations;

internal sealed class ActorConfiguration : IEntityTypeConfiguration<Actor>
{
    public void Configure(EntityTypeBuilder<Actor> builder)
    {
        builder.ConfigureEntity();
        builder.Property(a => a.Name).HasMaxLength(Limits.Name).IsRequired();
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(a => a.WikidataId).HasMaxLength(32);
        builder.Property(a => a.Description).HasMaxLength(Limits.Description);
        builder.Ignore(a => a.Aliases);
        builder.HasIndex(a => a.Name);
        builder.HasMany(a => a.Names).WithOne().HasForeignKey(n => n.ActorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Roles).WithOne().HasForeignKey(r => r.ActorId).OnDelete(DeleteBehavior.Cascade);
    }
}
