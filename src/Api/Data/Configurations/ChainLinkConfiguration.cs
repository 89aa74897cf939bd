using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsroomClaims.Domain.Claims;

namespace NewsroomClaims.Api.Data.Configurations;

internal sealed class ChainLinkConfiguration : IEntityTypeConfiguration<ChainLink>
{
    public void Configure(EntityTypeBuilder<ChainLink> builder)
    {
        builder.HasKey(l => l.Id);

        // Ids are made in code; without this EF takes a new row reached through a navigation for an existing one.
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.Description).HasMaxLength(Limits.Name);
        builder.Property(l => l.Cue).HasMaxLength(Limits.Cue);
        builder.ComplexProperty(l => l.Span).MapSpan("Span");
        builder.ComplexProperty(l => l.CueSpan).MapSpan("Cue");
        builder.HasIndex(l => new { l.ClaimId, l.Position }).IsUnique();
        builder.HasIndex(l => l.ActorId);
        builder.HasOne(l => l.Actor).WithMany().HasForeignKey(l => l.ActorId).OnDelete(DeleteBehavior.Restrict);
    }
}
