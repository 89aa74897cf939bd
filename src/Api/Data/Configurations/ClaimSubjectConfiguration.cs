using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsroomClaims.Domain.Actors;
using NewsroomClaims.Domain.Claims;

namespace NewsroomClaims.Api.Data.Configurations;

internal sealed class ClaimSubjectConfiguration : IEntityTypeConfiguration<ClaimSubject>
{
    public void Configure(EntityTypeBuilder<ClaimSubject> builder)
    {
        builder.HasKey(s => new { s.ClaimId, s.ActorId });
        builder.HasIndex(s => s.ActorId);
        builder.HasOne(s => s.Actor).WithMany().HasForeignKey(s => s.ActorId).OnDelete(DeleteBehavior.Restrict);
    }
}
