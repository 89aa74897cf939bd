using System.Buffers;

namespace NewsroomClaims.Api.Infrastructure;

/// <summary>
/// A write-only stream that keeps what is written in 64 KB arrays from the shared pool, returned when it is disposed. A
/// write request's answer waits in one until its transaction commits (<see cref="WriteTransactionFilter"/>): a growing
/// MemoryStream reallocated up to twice the answer's size per request (~250 KB for a 100-claim import), on the
/// large-object heap, and those allocations drove gen2 collections. The arrays stay under the large-object threshold, and
/// the answer goes out in as few writes as before.
/// </summary>
internal sealed class PooledWriteBuffer : Stream
{
    private const int ChunkSize = 64 * 1024;
    private readonly List<byte[]> chunks = [];
    private int used = ChunkSize;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => chunks.Count == 0 ? 0 : ((long)(chunks.Count - 1) * ChunkSize) + used;

    public override long Position
    {
        get => Length;
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        while (!buffer.IsEmpty)
        {
            if (used == ChunkSize)
            {
                chunks.Add(ArrayPool<byte>.Shared.Rent(ChunkSize));
                used = 0;
            }

            var count = Math.Min(buffer.Length, ChunkSize - used);
            buffer[..count].CopyTo(chunks[^1].AsSpan(used));
            used += count;
            buffer = buffer[count..];
        }
    }

    public override void WriteByte(byte value) => Write([value]);

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        Write(buffer.AsSpan(offset, count));
        return Task.CompletedTask;
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Write(buffer.Span);
        return ValueTask.CompletedTask;
    }

    public override void Flush()
    {
    }

    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>A copy of what was written.</summary>
    public byte[] ToArray()
    {
        var bytes = new byte[Length];
        for (var i = 0; i < chunks.Count; i++)
        {
            chunks[i].AsSpan(0, Filled(i)).CopyTo(bytes.AsSpan(i * ChunkSize));
        }

        return bytes;
    }

    /// <summary>Writes what was written to <paramref name="destination"/>, one write per 64 KB.</summary>
    public async Task WriteToAsync(Stream destination, CancellationToken cancellationToken)
    {
        for (var i = 0; i < chunks.Count; i++)
        {
            await destination.WriteAsync(chunks[i].AsMemory(0, Filled(i)), cancellationToken);
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        foreach (var chunk in chunks)
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        chunks.Clear();
        used = ChunkSize;
        base.Dispose(disposing);
    }

    private int Filled(int chunk) => chunk == chunks.Count - 1 ? used : ChunkSize;
}
