using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsroomClaims.Domain.Claims;
using DomainClaim = NewsroomClaims.Domain.Claims.Claim;

namespace NewsroomClaims.Api.Data.Configurations;

internal sealed class ClaimRelationConfiguration : IEntityTypeConfiguration<ClaimRelation>
{
    public void Configure(EntityTypeBuilder<ClaimRelation> builder)
    {
        builder.HasKey(r => r.Id);

        // Ids are made in code; without this EF takes a new row reached through a navigation for an existing one.
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Note).HasMaxLength(Limits.Description);
        builder.HasIndex(r => new { r.FromClaimId, r.ToClaimId, r.Kind }).IsUnique();
        builder.HasIndex(r => r.ToClaimId);
        builder.HasOne<DomainClaim>().WithMany().HasForeignKey(r => r.FromClaimId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<DomainClaim>().WithMany().HasForeignKey(r => r.ToClaimId).OnDelete(DeleteBehavior.Cascade);
    }
}
