using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace NewsroomClaims.Api.Data;

/// <summary>
/// Rows the interceptors add to a SaveChanges that nothing reads back through the change tracker: a revision per change
/// and a matching job per claim. They wait here instead of in the tracker. A save that goes in bulk
/// (<see cref="BulkInsert"/>) writes them with the tracked rows, so EF never tracks them: in an import they are 200 of
/// ~600 new entities, each of which EF would track, index, fix up and accept for nothing (tracking was the largest part of
/// an import's CPU, profiled). Any other save hands them to EF first, and EF saves them as it always did. The change feed
/// learns of the written revisions from here (see Changes/ChangeSequencer).
/// </summary>
/// <remarks>
/// Registered as the first interceptor, so every SaveChanges starts with none: a save that failed part-way leaves none
/// behind for the next one (contexts are pooled).
/// </remarks>
public sealed class AddedRows : SaveChangesInterceptor
{
    /// <summary>Adds <paramref name="row"/> to this SaveChanges: held beside the tracker when the context keeps such rows, else tracked.</summary>
    public static void Add(DbContext context, object row)
    {
        if (context is AppDbContext app)
        {
            app.HeldRows.Add(row);
        }
        else
        {
            context.Add(row);
        }
    }

    /// <summary>The rows held for the current SaveChanges (after it, until the next begins: those it wrote).</summary>
    public static IReadOnlyList<object> Of(DbContext context) => context is AppDbContext app ? app.HeldRows : [];

    /// <summary>Hands the held rows to EF, which saves them as tracked rows (a save that does not go in bulk).</summary>
    public static void Track(DbContext context)
    {
        if (context is AppDbContext { HeldRows: { Count: > 0 } held })
        {
            context.AddRange(held);
            held.Clear();
        }
    }

    public static void Clear(DbContext? context)
    {
        if (context is AppDbContext app)
        {
            app.HeldRows.Clear();
        }
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Clear(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Clear(eventData.Context);
        return ValueTask.FromResult(result);
    }
}
