using BenchmarkDotNet.Running;

// Run with: dotnet run -c Release --project benchmarks/OrgLife.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

/// <summary>Entry point holder for the benchmark switcher.</summary>
public partial class Program;
