using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(BudgetLens.Benchmarks.ExtractionBenchmarks).Assembly).Run(args);
