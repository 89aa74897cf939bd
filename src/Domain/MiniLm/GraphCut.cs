using Onnx;

namespace NewsroomClaims.Domain.MiniLm;

/// <summary>Cuts the exported MiniLM graph after its first layers (see <see cref="MiniLmFiles.PrepareLayers"/>).</summary>
internal static class GraphCut
{
    // The exported graph spells out each LayerNorm (ReduceMean, Sub, Pow, Sqrt, Div, Mul, Add): the embeddings have one
    // and every layer two, so layer k's output is the Add that ends LayerNorm number 2k. Everything it does not need
    // is dropped, which is what makes the cut graph cheaper to run.
    public static void Truncate(GraphProto graph, int layers)
    {
        var consumers = graph.Node.SelectMany(n => n.Input.Select(i => (i, n))).ToLookup(x => x.i, x => x.n);
        var sqrt = graph.Node.Where(n => n.OpType == "Sqrt").ToList();
        var div = consumers[sqrt[2 * layers].Output[0]].Single();
        var mul = consumers[div.Output[0]].Single();
        var output = consumers[mul.Output[0]].Single().Output[0];

        var producer = graph.Node.SelectMany(n => n.Output.Select(o => (o, n))).ToDictionary(x => x.o, x => x.n);
        var keep = new HashSet<NodeProto>();
        var pending = new Stack<string>([output]);
        while (pending.TryPop(out var tensor))
        {
            if (producer.TryGetValue(tensor, out var node) && keep.Add(node))
            {
                foreach (var input in node.Input)
                {
                    pending.Push(input);
                }
            }
        }

        var nodes = graph.Node.Where(keep.Contains).ToList();
        var used = nodes.SelectMany(n => n.Input).ToHashSet(StringComparer.Ordinal);
        var initializers = graph.Initializer.Where(i => used.Contains(i.Name)).ToList();
        var inputs = graph.Input.Where(i => used.Contains(i.Name)).ToList();
        var outputInfo = graph.Output[0].Clone();
        outputInfo.Name = output;
        graph.Node.Clear();
        graph.Node.AddRange(nodes);
        graph.Initializer.Clear();
        graph.Initializer.AddRange(initializers);
        graph.Input.Clear();
        graph.Input.AddRange(inputs);
        graph.Output.Clear();
        graph.Output.Add(outputInfo);
    }

}
