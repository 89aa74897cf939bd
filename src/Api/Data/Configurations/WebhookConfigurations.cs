using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsroomClaims.Api.Webhooks;

namespace NewsroomClaims.Api.Data.Configurations;

internal sealed class WebhookSubscriptionConfiguration : IEntityTypeConfiguration<WebhookSubscription>
{
    public void Configure(EntityTypeBuilder<WebhookSubscription> builder)
    {
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Url).HasMaxLength(Limits.Url);
        builder.Property(s => s.Description).HasMaxLength(Limits.Description);
        builder.PrimitiveCollection(s => s.Types).ElementType().HasConversion<string>();
        builder.PrimitiveCollection(s => s.Actions).ElementType().HasConversion<string>();
        builder.Property(s => s.Secret).HasMaxLength(100);
        builder.Property(s => s.DisabledReason).HasMaxLength(WebhookDelivery.MaxError);
        builder.Property(s => s.CreatedBy).HasMaxLength(Limits.Name);
        builder.Ignore(s => s.Filter);

        // The worker's question, asked every poll: which enabled subscriptions are due?
        builder.HasIndex(s => new { s.Enabled, s.NextAttemptAt });
    }
}

internal sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDelivery>
{
    public void Configure(EntityTypeBuilder<WebhookDelivery> builder)
    {
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.EventType).HasMaxLength(32);
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(d => d.Error).HasMaxLength(WebhookDelivery.MaxError);
        builder.Property(d => d.ResponseBody).HasMaxLength(WebhookDelivery.MaxResponseBody);
        builder.HasOne<WebhookSubscription>().WithMany().HasForeignKey(d => d.SubscriptionId).OnDelete(DeleteBehavior.Cascade);

        // A subscription's attempts newest first; the redeliveries still to make; the old ones to purge.
        builder.HasIndex(d => new { d.SubscriptionId, d.Id });
        builder.HasIndex(d => d.SubscriptionId).HasFilter("\"Status\" = 'Pending'").HasDatabaseName("IX_WebhookDeliveries_Pending");
        builder.HasIndex(d => d.At);
    }
}
