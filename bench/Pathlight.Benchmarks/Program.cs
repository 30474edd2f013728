using BenchmarkDotNet.Running;
using Pathlight.Benchmarks.Statistics;

// BenchmarkDotNet derives a runner from each benchmark class, so those classes are public and not sealed.
BenchmarkSwitcher.FromAssembly(typeof(IntervalBenchmarks).Assembly).Run(args);
