namespace NewsroomClaims.Domain;

/// <summary>A list row ordered by (SortKey, Id), both kept in one index so keyset paging is one range scan.</summary>
public interface ISortKeyed
{
    Guid Id { get; }
    long SortKey { get; }
}
