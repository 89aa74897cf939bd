namespace NewsroomClaims.Domain.Extraction.Training;

/// <summary>
/// Training rows built on demand: a stage's rows are a few million and a thousand floats wide, far more than fits
/// comfortably in memory, while the token vectors they are built from do.
/// </summary>
internal interface IRowSource
{
    int Count { get; }

    int Width { get; }

    void Fill(int row, Span<float> x);

    int Label(int row);
}
