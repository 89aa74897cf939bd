using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsroomClaims.Domain.History;

namespace NewsroomClaims.Api.Data.Configurations;

internal sealed class RevisionConfiguration : IEntityTypeConfiguration<Revision>
{
    public void Configure(EntityTypeBuilder<Revision> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.EntityType).HasMaxLength(16);
        builder.Property(r => r.Action).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Author).HasMaxLength(Limits.Name);

        // A second writer of the same revision number fails instead of forking the history.
        builder.HasIndex(r => new { r.EntityId, r.Number }).IsUnique();
    }
}
