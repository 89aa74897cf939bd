using Microsoft.EntityFrameworkCore;
using NewsroomClaims.Api.Changes;
using NewsroomClaims.Api.Idempotency;
using NewsroomClaims.Api.Matching;
using NewsroomClaims.Domain.Matching;
using NewsroomClaims.Api.Webhooks;
using NewsroomClaims.Domain.Access;
using NewsroomClaims.Domain.History;
using NewsroomClaims.Domain.Actors;
using NewsroomClaims.Domain.Articles;
using NewsroomClaims.Domain.Claims;
using NewsroomClaims.Domain.Reviews;
using DomainClaim = NewsroomClaims.Domain.Claims.Claim;

namespace NewsroomClaims.Api.Data;

/// <summary>
/// The one model for every provider. Each provider has a subclass only so that its migrations
/// live apart (SQLite and PostgreSQL disagree on column types and SQL).
/// </summary>
public abstract class AppDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Article> Articles => Set<Article>();
    public DbSet<Actor> Actors => Set<Actor>();
    public DbSet<ActorName> ActorNames => Set<ActorName>();
    public DbSet<DomainClaim> Claims => Set<DomainClaim>();
    public DbSet<ChainLink> ChainLinks => Set<ChainLink>();
    public DbSet<ClaimSubject> ClaimSubjects => Set<ClaimSubject>();
    public DbSet<ClaimRelation> ClaimRelations => Set<ClaimRelation>();
    public DbSet<Review> Reviews => Set<Review>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();
    public DbSet<Revision> Revisions => Set<Revision>();
    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();
    public DbSet<Statement> Statements => Set<Statement>();
    public DbSet<ClaimEmbedding> ClaimEmbeddings => Set<ClaimEmbedding>();
    public DbSet<MatchingJob> MatchingJobs => Set<MatchingJob>();
    public DbSet<ChangeFeedState> ChangeFeedState => Set<ChangeFeedState>();
    public DbSet<WebhookSubscription> WebhookSubscriptions => Set<WebhookSubscription>();
    public DbSet<WebhookDelivery> WebhookDeliveries => Set<WebhookDelivery>();

    /// <summary>Rows added to the current SaveChanges outside the change tracker (see <see cref="Data.AddedRows"/>).</summary>
    internal List<object> HeldRows { get; } = [];

    /// <summary>SQLite hands DateTime back without a kind; every stored time is UTC, so say so on the way out.</summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
}

public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options) : AppDbContext(options);

public sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options) : AppDbContext(options);
