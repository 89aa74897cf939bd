using BenchmarkDotNet.Running;
using NewsroomClaims.Benchmarks;

return args.FirstOrDefault() switch
{
    "predict" when args.Length >= 3 => PredictCommand.Run(args[1], args[2]),
    "bench" => RunBench(args),
    "time" => TimingCommand.Run(args.Length > 1 ? args[1] : null),
    "analyze" => AnalyzeCommand.Run(args[1]),
    "rules-report" when args.Length >= 2 => RulesReportCommand.Run(args[1]),
    "train" => TrainCommand.Run(args),
    "evaluate" => TrainCommand.Evaluate(args),
    "errors" => ErrorsCommand.Run(args),
    "rerank" => RerankCommand.Run(args),
    "rule-only" => RuleOnlyCommand.Run(args),
    "time-accurate" => AccurateTimingCommand.Run(args.Length > 1 ? args[1] : null, args.Length > 2 ? args[2] : null),
    _ => Usage(),
};

static int RunBench(string[] args)
{
    if (args.Length > 1 && Directory.Exists(args[1]))
    {
        Environment.SetEnvironmentVariable(Corpus.EnvVar, Path.GetFullPath(args[1]));
        args = args[2..];
    }
    else
    {
        args = args[1..];
    }

    // Without a filter BenchmarkDotNet asks interactively which benchmark to run; default to all of them.
    if (!args.Contains("--filter"))
    {
        args = [.. args, "--filter", "*"];
    }

    BenchmarkSwitcher.FromAssembly(typeof(ExtractionBenchmarks).Assembly).Run(args);
    return 0;
}

static int Usage()
{
    Console.Error.WriteLine("usage: predict <corpusDir> <outDir> | bench [corpusDir] [BenchmarkDotNet args] | time [corpusDir] | rules-report <corpusDir>");
    return 2;
}
