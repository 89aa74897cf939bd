using Mapster;
using NewsroomClaims.Domain.Articles;

namespace NewsroomClaims.Api.Articles;

internal sealed class ArticleMapping : IRegister
{
    public void Register(TypeAdapterConfig config)
    {
        config.NewConfig<Article, ArticleResponse>()
            .Map(d => d.PublisherName, s => s.Publisher != null ? s.Publisher.Name : null);
        config.NewConfig<Article, ArticleSummaryResponse>()
            .Map(d => d.PublisherName, s => s.Publisher != null ? s.Publisher.Name : null)
            .Map(d => d.BodyLength, s => s.Body.Length);
        config.NewConfig<Article, ArticleRequest>();
        config.NewConfig<ArticleRequest, Article>()
            .IgnoreNonMapped(false)
            .Ignore(a => a.Id, a => a.CreatedAt, a => a.UpdatedAt, a => a.Version, a => a.SortKey, a => a.Publisher!);
    }
}
