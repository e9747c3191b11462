namespace OrgLife.Cli.Commands;

/// <summary>The tool's help text: the commands that exist, their options and exit codes.</summary>
internal static class Usage
{
    public static string Text => $"""
        orglife — validates party branches' organizational-life meetings and democratic evaluations, and tallies their ballots (OrgLife).

        Usage:
          orglife validate RECORD.json|RECORDS.jsonl|- [--lines] [--policy PRESET] [--as-of DATE] [--culture zh-CN|en] [--format text|json]
          orglife tally INPUT.csv [--form FORM.json|single|good-fair-poor|six-criteria] [--suggest RULE] [--roster RECORD.json|RECORDS.jsonl]
                                  [--probationary-ballots yes|no] [--min-category-ballots K] [--policy PRESET]
                                  [--format text|json] [--culture zh-CN|en] [--progress auto|always|never]
                                  [--export FILE.parquet|FILE.json [--assessment ID]] [--summary]
          orglife store PARTIALS.parquet|PARTIALS.json ... [--store FILE.duckdb | --postgres CONNECTION|env:NAME] [--schema NAME]
                                  [--progress auto|always|never]
          orglife rollup --assessment ID [--level total|province|city|county|committee|N] [FILES.parquet ...]
                                  [--store FILE.duckdb | --postgres CONNECTION|env:NAME] [--schema NAME] [--format text|json]
          orglife tally INPUT.bin [--branch-reports] [--suggest RULE] [--policy PRESET] [--format text|json] [--culture zh-CN|en] [--progress auto|always|never]
          orglife generate OUTPUT.bin [--branches N] [--criteria 1|6] [--seed S] [--serials] [--probationary-share X] [--progress auto|always|never]
          orglife schedule RECORD.json|- [--policy PRESET] [--as-of DATE] [--culture zh-CN|en] [--ics FILE]
          orglife rules [--format text|json] [--culture zh-CN|en]
          orglife demo [--culture zh-CN|en]

        Commands:
          validate   Validate one branch record (.json) or one record per line (.jsonl, or --lines); - reads standard input.
                     Dates must lie in 1900-01-01 to 2200-12-31; a .jsonl line may hold at most 1 MiB.
          tally      Tally 民主测评 ballots in the CSV long format (branch,ballot,candidate,grade[,criterion][,category]):
                     one report per branch and a summary across branches. A binary ballot file (named *.bin, or starting
                     with the magic OLBALLOT) is rolled up with every core into the national summary.
          store      Store partial tallies (from tally --export) in the embedded store (a DuckDB file, default
                     orglife-partials.duckdb) or PostgreSQL; a branch stored again replaces its earlier counts.
          rollup     Roll an assessment up by organization level in SQL: DuckDB over the Parquet files given, else the store.
          generate   Write the synthetic national round of ballots in the binary format (default 4,614,000 branches,
                     about 2.2 billion marks, 2.36 GB for one criterion).
          schedule   Every due date of a record's meeting with its rule and status; --ics writes an iCalendar file.
          rules      Print the rule catalogue.
          demo       Validate a built-in 23-member village branch, tally its ballots and print a readable report.

        Options:
          --policy   A policy preset: {CommonOptions.PresetNames} (default national). For tally, its OL303 Excellent
                     cap is the roll-up's (municipal-2016: none), unless the form's result sets its own excellentCap.
          --as-of    The date, yyyy-MM-dd (default: today in the branch's time zone, Asia/Shanghai if none).
          --culture  zh-CN for Simplified Chinese, en for English (default en).
          --format   text (default) or json (validate: docs/record-format.md; tally: docs/cli-output.md).
          --form     The ballot form: a built-in name (default single: the four grades) or a form JSON file (docs/tally.md).
          --suggest  The suggested-grade rule, comma-separated: ties-down (default), ties-up, ties-none, weighted,
                     GRADE>=P% (e.g. unqualified>=50%), levelN>=P%:GRADE (e.g. level1>=90%:excellent).
          --roster   Branch records giving each branch's roster (probationary members listed, not graded) and, from the
                     attendance, the ballots issued: the distinct members of the roster present (an entry for anyone
                     else is bad input). Without it, or without attendance, the ballots issued are the ballots returned
                     and OL401 is reported as not evaluated; without it every member marked in the CSV is graded.
          --probationary-ballots  yes (default): probationary members present receive a ballot (预备党员参加民主评议,
                     docs/tally.md "Ballots issued"); no: they do not.
          --min-category-ballots  OL405: a voter category with fewer ballots than this (default 3) has its breakdown
                     suppressed.
          --export   (CSV tally) Also write every branch's partial tally (counts only, docs/partial-tally-format.md) to a
                     .parquet or .json file; the organization path comes from --roster records.
          --assessment  The assessment's ID in partials (tally default: the CSV file's name; rollup: required).
          --store    The embedded store file (default orglife-partials.duckdb in the working folder).
          --postgres A PostgreSQL connection string, or env:NAME to read it from an environment variable.
          --schema   The store's schema (default orglife): lower-case letters, digits, underscores.
          --level    The roll-up level: total (default), province (1), city (2), county (3), committee (4, 党委) or a depth 0-8.
          --branch-reports  (binary tally) Also print every branch's report, in the order the workers finish them.
          --summary  (CSV tally) Print the summary across branches only, not each branch's report.
          --branches The branches to generate (default 4614000, the national round).
          --criteria 1 (the single grade, default) or 6 (five 好/一般/差 criteria and the overall grade).
          --seed     The generator's seed (default 2024); the same options and seed give the same bytes.
          --serials  Give every generated ballot a serial (checked for duplicates when tallied).
          --probationary-share  The chance that a generated member is probationary, 0 to 0.5 (default 0.03).
          --progress A progress line on stderr for a tally or generate longer than a second: auto (only on a terminal), always, never.
          --ics      Write the schedule as an iCalendar file (RFC 5545) to FILE.

        Exit codes: 0 done, no error finding; 1 error findings (validate), an overdue step (schedule), a void assessment (tally, rollup);
        2 bad input (the file, JSON path, CSV line or binary byte offset is named), rows or corrupt blocks skipped, or bad usage;
        130 stopped by Ctrl+C.
        The record format: docs/record-format.md and docs/record.schema.json.
        """;
}
