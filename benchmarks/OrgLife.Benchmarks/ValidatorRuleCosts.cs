using System.Collections;
using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using OrgLife.Records;
using OrgLife.Rules;
using OrgLife.Rules.Catalogue;
using OrgLife.Rules.Policies;

namespace OrgLife.Benchmarks;

/// <summary>
/// Where the validator's time and allocation go, rule by rule: each rule of the built-in catalogue alone in a validator
/// over a one-rule catalogue, on the typical (or given size) sample record, timed on this thread's CPU clock, minus the
/// cost of a validator over the empty catalogue. The rules are internal, so the one-rule catalogues are made by
/// reflection (this is a measuring tool, not an API). <c>validator-rules [size] [iterations] [rule ID …]</c>; <c>validator-loop
/// [size] [seconds]</c> validates with the whole catalogue in a loop (for <c>perf record</c>).
/// </summary>
internal static class ValidatorRuleCosts
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    public static int Run(string[] args)
    {
        var size = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 22;
        var iterations = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20_000;
        var record = SampleBranchRecords.Create(size);
        var rules = typeof(RuleCatalogue).GetProperty("Rules", BindingFlags.Instance | BindingFlags.NonPublic)!;
        var of = typeof(RuleCatalogue).GetMethod("Of", BindingFlags.Static | BindingFlags.NonPublic)!;
        var all = (IEnumerable)rules.GetValue(RuleCatalogue.Default)!;
        var ruleType = of.GetParameters()[0].ParameterType; // ImmutableArray<Rule>
        var create = typeof(System.Collections.Immutable.ImmutableArray).GetMethods()
            .First(m => m.Name == "Create" && m.GetParameters().Length == 1 && m.GetParameters()[0].ParameterType.IsArray)
            .MakeGenericMethod(ruleType.GetGenericArguments()[0]);
        RuleCatalogue Catalogue(object[] some)
        {
            var array = Array.CreateInstance(ruleType.GetGenericArguments()[0], some.Length);
            some.CopyTo(array, 0);
            return (RuleCatalogue)of.Invoke(null, [create.Invoke(null, [array])])!;
        }

        // The whole catalogue first: it brings the shared code to its final tier before the empty catalogue is measured.
        var whole = Measure(new OrgLifeValidator(), record, iterations);
        var empty = Measure(new OrgLifeValidator(Catalogue([])), record, iterations * 4);
        Console.WriteLine($"{"whole catalogue",-16} {whole.Micros,8:F3} µs {whole.Bytes,8:F0} B");
        var report = new OrgLifeValidator().Validate(record, PolicyPresets.National, SampleBranchRecords.AsOf, Chinese);
        Console.WriteLine($"findings: {string.Join(", ", report.Findings.GroupBy(f => f.MessageKey).Select(g => $"{g.Key} × {g.Count()}"))}");
        Console.WriteLine($"{"empty catalogue",-16} {empty.Micros,8:F3} µs {empty.Bytes,8:F0} B");
        var sum = 0.0;
        var only = args.Length > 2 ? args[2..] : null;
        foreach (var rule in all)
        {
            if (only is not null && !only.Contains(((OrgLife.Findings.RuleDescriptor)rule.GetType().GetProperty("Descriptor")!.GetValue(rule)!).Id.Value))
            {
                continue;
            }

            var one = Measure(new OrgLifeValidator(Catalogue([rule])), record, iterations);
            var id = ((OrgLife.Findings.RuleDescriptor)rule.GetType().GetProperty("Descriptor")!.GetValue(rule)!).Id;
            sum += one.Micros - empty.Micros;
            Console.WriteLine($"{id,-16} {one.Micros - empty.Micros,8:F3} µs {one.Bytes - empty.Bytes,8:F0} B");
        }

        Console.WriteLine($"{"sum of rules",-16} {sum,8:F3} µs");
        return 0;
    }

    public static int Loop(string[] args)
    {
        var size = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 22;
        var thousands = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 500;
        var record = SampleBranchRecords.Create(size);
        var validator = new OrgLifeValidator();
        long count = 0;
        for (var round = 0; round < thousands; round++)
        {
            for (var i = 0; i < 1000; i++)
            {
                count += validator.Validate(record, PolicyPresets.National, SampleBranchRecords.AsOf, Chinese).Findings.Length;
            }
        }

        Console.WriteLine(count);
        return 0;
    }

    private static (double Micros, double Bytes) Measure(OrgLifeValidator validator, BranchRecord record, int iterations)
    {
        for (var i = 0; i < iterations / 10; i++)
        {
            validator.Validate(record, PolicyPresets.National, SampleBranchRecords.AsOf, Chinese);
        }

        var best = double.MaxValue;
        var bytes = 0.0;
        for (var round = 0; round < 3; round++)
        {
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime; // one busy thread: the process's CPU time is this loop's
            for (var i = 0; i < iterations; i++)
            {
                validator.Validate(record, PolicyPresets.National, SampleBranchRecords.AsOf, Chinese);
            }

            var micros = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMicroseconds / iterations;
            best = Math.Min(best, micros);
            bytes = (double)(GC.GetAllocatedBytesForCurrentThread() - allocated) / iterations;
        }

        return (best, bytes);
    }
}
