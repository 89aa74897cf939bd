using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsroomClaims.Api.Matching;
using NewsroomClaims.Domain.Actors;
using NewsroomClaims.Domain.Matching;

namespace NewsroomClaims.Api.Data.Configurations;

internal sealed class ClaimEmbeddingConfiguration : IEntityTypeConfiguration<ClaimEmbedding>
{
    public void Configure(EntityTypeBuilder<ClaimEmbedding> builder)
    {
        // No foreign key to the claim: the row stays, inactive, after the claim is deleted (see ClaimEmbedding).
        builder.HasKey(e => e.ClaimId);
        builder.Property(e => e.ClaimId).ValueGeneratedNever();
        builder.Property(e => e.Model).HasMaxLength(64);
        builder.Property(e => e.ContentHash).HasMaxLength(16);
        // One code and one vector for the whole content, then one per sentence when there are several (see Sentences).
        builder.Property(e => e.Code).HasMaxLength(VectorCodes.CodeBytes * (1 + Sentences.MaxParts));
        builder.Property(e => e.Vector).HasMaxLength(SentenceEmbedder.Dimensions * (1 + Sentences.MaxParts));
        builder.HasIndex(e => e.Seq).IsUnique();
    }
}

internal sealed class MatchingJobConfiguration : IEntityTypeConfiguration<MatchingJob>
{
    public void Configure(EntityTypeBuilder<MatchingJob> builder)
    {
        builder.HasKey(j => j.Id);
        builder.Property(j => j.Id).ValueGeneratedNever();
        builder.HasIndex(j => j.ClaimId);
    }
}

internal sealed class StatementConfiguration : IEntityTypeConfiguration<Statement>
{
    public void Configure(EntityTypeBuilder<Statement> builder)
    {
        builder.ConfigureEntity();
        builder.Property(s => s.Correction).HasMaxLength(Limits.Description);

        // An actor still named by claims cannot be deleted; once its claims are gone its statements go with it.
        builder.HasOne<Actor>().WithMany().HasForeignKey(s => s.SpeakerId).OnDelete(DeleteBehavior.Cascade);
    }
}
