using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsroomClaims.Api.Changes;

namespace NewsroomClaims.Api.Data.Configurations;

internal sealed class ChangeFeedStateConfiguration : IEntityTypeConfiguration<ChangeFeedState>
{
    public void Configure(EntityTypeBuilder<ChangeFeedState> builder)
    {
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.HasData(new ChangeFeedState { Id = ChangeFeedState.SingleId, Floor = 1 });
    }
}
