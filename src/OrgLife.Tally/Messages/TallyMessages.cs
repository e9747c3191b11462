using System.Collections.Frozen;
using OrgLife.Tally.Reports;

namespace OrgLife.Tally.Messages;

/// <summary>
/// The catalogue of the tally's messages in English and Simplified Chinese (废票, 弃权, 应到, 实到 as the docs use them),
/// and the factories that make each <see cref="TallyMessage"/>. The English texts are the tally's documented output.
/// </summary>
internal static class TallyMessages
{
    /// <summary>Every template of the catalogue.</summary>
    public static IReadOnlyList<TallyMessageTemplate> All { get; } =
    [
        new("Mark.Candidate", "Candidate '{candidate}', criterion '{criterion}': {reason}; this mark is void, the rest of the ballot stands.", "候选人“{candidate}”，测评项目“{criterion}”：{reason}；此标记作废，选票其余部分有效。"),
        new("Mark.Committee", "The committee, criterion '{criterion}': {reason}; this mark is void, the rest of the ballot stands.", "支部班子，测评项目“{criterion}”：{reason}；此标记作废，选票其余部分有效。"),
        new("Mark.ScoreOutOfRange", "'{choice}' is outside the score range {min}–{max}", "“{choice}”超出评分范围 {min}–{max}"),
        new("Mark.UnknownLevel", "'{choice}' is not a level of this criterion", "“{choice}”不是该测评项目的等次"),
        new("Mark.MultipleLevels", "two levels marked ('{first}' and '{second}')", "标记了两个等次（“{first}”和“{second}”）"),
        new("Mark.NoCommitteeCriterion", "the committee section has no such criterion", "支部班子部分没有该测评项目"),
        new("Mark.UnknownCandidate", "the candidate is not on the ballot", "该候选人不在测评票上"),
        new("Mark.NoCandidateCriterion", "the form has no such criterion for candidates", "测评表对候选人没有该测评项目"),
        new("Rejection.Ballot", "Ballot field '{field}': {reason}; the ballot is rejected and not counted.", "选票字段“{field}”：{reason}；该票拒收，不予计票。"),
        new("Rejection.CategoryNotOnForm", "the voter category '{category}' is not on the form '{form}'", "投票人类别“{category}”不在测评表“{form}”上"),
        new("Rejection.NoCategory", "the ballot names no voter category and the form has several", "选票未注明投票人类别，而测评表有多个类别"),
        new("Rejection.MissingSerial", "the ballot has no serial or voter token", "选票没有编号或投票凭证"),
        new("Rejection.DuplicateSerial", "a ballot with this serial was already accepted", "同一编号的选票已经收录（一人一票）"),
        new("Void.ByRule", "The ballot is void (废票) under the validity rule '{rule}': returned, but not counted.", "按废票规则“{rule}”，该票为废票：计入收回张数，不计入有效票。"),
        new("Suggestion.NoCandidateCriterion", "not evaluated: the form '{form}' has no candidate criterion '{criterion}'", "未评估：测评表“{form}”没有候选人测评项目“{criterion}”"),
        new("Suggestion.NoVoterCategory", "not evaluated: the form '{form}' has no voter category '{category}'", "未评估：测评表“{form}”没有投票人类别“{category}”"),
        new("Suggestion.NoBands", "not evaluated: the grading has no bands", "未评估：评分规则没有分数段"),
        new("Suggestion.BelowEveryBand", "the value {value} is below every band", "得分 {value} 低于所有分数段"),
        new("Suggestion.NoPoints", "not evaluated: the levels of '{criterion}' have no points", "未评估：“{criterion}”的各等次没有分值"),
        new("Suggestion.NoValidMark", "no valid mark on '{criterion}'", "“{criterion}”没有有效标记"),
        new("Turnout.Missing", "not evaluated: missing {what}", "未评估：缺少{what}"),
        new("Turnout.NotMet", "the assessment is not valid: {counted} {countedWhat} of {base} {baseWhat} is not {comparison} {numerator}/{denominator}", "测评无效：{countedWhat} {counted}，{baseWhat} {base}，未达到“{comparison} {numerator}/{denominator}”"),
        new("Turnout.Counted.BallotsReturned", "ballots returned (收回)", "收回票数"),
        new("Turnout.Counted.ValidBallots", "valid ballots (有效)", "有效票数"),
        new("Turnout.Counted.MembersPresent", "members present (实到)", "实到人数"),
        new("Turnout.Base.BallotsIssued", "issued (发出)", "发出票数"),
        new("Turnout.Base.GradedMembers", "full members (正式党员)", "正式党员人数"),
        new("Turnout.Base.MembersPresent", "present (实到)", "实到人数"),
        new("Turnout.Base.MembersDue", "due (应到)", "应到人数"),
        new("Turnout.MembersDue", "members due (应到)", "应到人数"),
        new("Row.LineTooLong", "the line is longer than {max} characters", "该行超过 {max} 个字符"),
        new("Row.NotUtf8", "the row is not valid UTF-8", "该行不是有效的 UTF-8 文本"),
        new("Row.TooManyFields", "the row has more than {count} fields", "该行的字段多于 {count} 个"),
        new("Row.FieldCount", "the row has {count} fields, the header {header}", "该行有 {count} 个字段，表头有 {header} 个"),
        new("Row.UnclosedQuote", "field {field} opens a quote that is never closed", "第 {field} 个字段的引号没有闭合"),
        new("Row.TextAfterQuote", "field {field} has text after its closing quote", "第 {field} 个字段在闭合引号之后还有文字"),
        new("Row.StrayQuote", "field {field} has a quote but is not quoted", "第 {field} 个字段含有引号，但没有用引号括起"),
        new("Row.EmptyBranch", "the branch is empty", "党支部为空"),
        new("Row.EmptySerial", "the ballot serial is empty", "选票编号为空"),
        new("Row.NoBox", "no ballot box for branch '{branch}'", "党支部“{branch}”没有票箱"),
        new("Row.InvalidBranch", "the branch '{branch}' is not a valid ID ({detail})", "党支部“{branch}”不是有效的编号（{detail}）"),
        new("Row.CategoryDiffers", "the category '{category}' differs from '{first}' on the first row of this ballot", "投票人类别“{category}”与本票第一行的“{first}”不同"),
        new("Sheet.LineBreak", "a cell holds a line break; the row is skipped", "有单元格含有换行；该行跳过"),
        new("Sheet.CellPastHeader", "a cell lies right of the last column of the header (column {column}); the row is skipped", "有单元格位于表头最后一列的右侧（第 {column} 列）；该行跳过"),
        new("Sheet.EmptyBranch", "the branch is empty; the row is skipped", "党支部为空；该行跳过"),
        new("Sheet.EmptySerial", "the ballot serial is empty; the row is skipped", "选票编号为空；该行跳过"),
        new("Sheet.InvalidCharacter", "a cell holds an invalid or unpaired character; the row is skipped", "有单元格含有无效或不成对的字符；该行跳过"),
        new("Sheet.LineTooLong", "a line of this row would be longer than {max} characters; the row is skipped", "该行展开后会有超过 {max} 个字符的行；该行跳过"),
        new("Sheet.DuplicateSerial", "the ballot serial of branch '{branch}' is already on sheet row {first} (OL402 一人一票: one row per ballot); the row is skipped", "党支部“{branch}”的这个选票编号已在第 {first} 行出现（OL402 一人一票：每票一行）；该行跳过"),
        new("Block.Outside", "{value} is outside {min}…{max}.", "{value} 超出 {min}…{max} 的范围。"),
        new("Block.UnknownFlags", "Unknown flag bits {bits}.", "未知的标志位 {bits}。"),
        new("Block.PayloadMismatch", "{declared} bytes declared, but {expected} follow from the counts.", "声明了 {declared} 字节，但按各项数目应为 {expected} 字节。"),
        new("Block.PayloadOverLimit", "{declared} bytes exceed the reader's limit of {limit} bytes per block.", "{declared} 字节超过读取器每块 {limit} 字节的上限。"),
        new("Block.LevelCount", "Criterion {criterion} (byte {byte}) declares {levels} levels, outside 1…{max}.", "测评项目 {criterion}（第 {byte} 字节）声明了 {levels} 个等次，超出 1…{max} 的范围。"),
        new("Block.CountersOverLimit", "{candidates} candidates × {criteria} criteria × {perColumn} counters per column need {counters} counters, above the limit of {limit} per block; the block is not counted.", "{candidates} 名候选人 × {criteria} 个测评项目 × 每列 {perColumn} 个计数器，共需 {counters} 个计数器，超过每块 {limit} 个的上限；该块不计入。"),
        new("Block.Unmapped", "{detail} The block is not counted.", "{detail}该块不计入。"),
        new("Input.CsvEmpty", "The CSV input is empty: expected a header such as 'branch,ballot,candidate,grade'.", "CSV 输入为空：应有表头，例如“branch,ballot,candidate,grade”。"),
        new("Input.CsvHeader", "CSV header, line {line}: {problem}", "CSV 表头，第 {line} 行：{problem}"),
        new("Input.TooLargeToRegroup", "line {line}: the rows of a branch or ballot are apart (another branch's or ballot's rows come between), and the input is larger than the {limit} bytes that can be regrouped in memory (RegroupLimit); nothing was counted. Sort the input by branch and ballot serial, or split it.", "第 {line} 行：同一党支部或同一张选票的行不相邻（中间夹有其他党支部或选票的行），而输入超过了可在内存中重新归组的 {limit} 字节（RegroupLimit）；未计入任何选票。请按党支部和选票编号排序后再输入，或将输入拆分。"),
        new("Input.RowsApart", "line {line}: {what}, and the input is larger than the {limit} bytes that can be regrouped in memory (RegroupLimit); counting stopped here. Sort the input by branch and ballot serial, or split it.", "第 {line} 行：{what}，而输入超过了可在内存中重新归组的 {limit} 字节（RegroupLimit）；计票在此停止。请按党支部和选票编号排序后再输入，或将输入拆分。"),
        new("Input.WorkbookUnreadable", "The workbook cannot be read as .xlsx: {detail}", "该工作簿无法按 .xlsx 读取：{detail}"),
        new("Input.SheetUnreadable", "The workbook cannot be read as .xlsx (sheet '{sheet}'): {detail}", "该工作簿无法按 .xlsx 读取（工作表“{sheet}”）：{detail}"),
        new("Input.SheetEmpty", "The sheet is empty: a header row is needed.", "工作表为空：需要一行表头。"),
        new("Input.SheetHeader", "Row {row}: {problem}", "表头（第 {row} 行）：{problem}"),
        new("Header.UnknownColumn", "unknown column '{column}'; expected branch, ballot, candidate, grade and optionally criterion, category.", "未知的列“{column}”；应为 branch、ballot、candidate、grade，可选 criterion、category。"),
        new("Header.DuplicateColumn", "the column '{column}' appears twice.", "列“{column}”出现了两次。"),
        new("Header.MissingColumn", "the column '{column}' is missing.", "缺少列“{column}”。"),
        new("Header.NotLongColumn", "the long format's columns are {columns}; '{column}' is not one.", "长格式的列为 {columns}；“{column}”不在其中。"),
        new("Header.WideNeedsMarks", "the wide format needs one named column per mark (candidate/criterion, candidate, or /criterion) after branch, ballot and category.", "宽格式须在 branch、ballot 和 category 之后为每个标记设一个有名称的列（candidate/criterion、candidate 或 /criterion）。"),
        new("Apart.Branch", "the branch '{branch}' has rows before line {line} with other branches' rows between", "党支部“{branch}”在第 {line} 行之前已有行，中间夹有其他党支部的行"),
        new("Apart.Ballot", "a ballot of branch '{branch}' has rows before line {line} with other ballots' rows between", "党支部“{branch}”的一张选票在第 {line} 行之前已有行，中间夹有其他选票的行"),
        new("Binary.Fatal", "Binary ballot file, byte {offset}, field '{field}': {reason}", "二进制选票文件，第 {offset} 字节，字段“{field}”：{reason}"),
        new("Binary.Given", "{reason}", "{reason}"),
        new("Binary.ShortFile", "The file is {available} bytes long, shorter than the {size}-byte file header.", "文件长 {available} 字节，短于 {size} 字节的文件头。"),
        new("Binary.NoMagic", "The file does not start with the magic \"OLBALLOT\": it is not an OrgLife binary ballot file.", "文件不以标识“OLBALLOT”开头，不是 OrgLife 二进制选票文件。"),
        new("Binary.Version", "Format version {version} is not supported; this library reads version {supported}.", "不支持格式版本 {version}；本库读取版本 {supported}。"),
        new("Binary.HeaderSize", "The file header size is {size}, expected {expected}.", "文件头大小为 {size}，应为 {expected}。"),
        new("Binary.NoBlockMarker", "Expected the block marker \"OLBK\"; the file is corrupt or misaligned here.", "此处应为块标识“OLBK”；文件在此处损坏或未对齐。"),
        new("Binary.HeaderCheck", "The block header check does not match its contents; the header is corrupt and its length cannot be trusted.", "块头校验值与其内容不符；块头已损坏，其长度不可信。"),
        new("Binary.TruncatedHeader", "Truncated block: the file ends {read} bytes into a {size}-byte block header.", "块不完整：文件在 {size} 字节的块头中第 {read} 字节处结束。"),
        new("Binary.TruncatedPayload", "Truncated block: {declared} payload bytes declared, the file ends after {got}.", "块不完整：声明了 {declared} 字节的数据，文件在读到 {got} 字节后结束。"),
        new("Binary.TruncatedSkipping", "Truncated block while skipping it ({field}: {reason}).", "跳过该块时块不完整（{field}：{reason}）。"),
        new("Binary.Truncated", "Truncated block: the file ends {filled} bytes into it.", "块不完整：文件在该块第 {filled} 字节处结束。"),
        new("Comparison.AtLeast", "at least", "不少于"),
        new("Comparison.MoreThan", "more than", "多于"),
        new("Comparison.LessThan", "less than", "少于"),
        new("Comparison.AtMost", "at most", "不多于"),
    ];

    private static readonly FrozenDictionary<string, TallyMessageTemplate> ByKey = All.ToFrozenDictionary(t => t.Key, StringComparer.Ordinal);

    /// <summary>The template with <paramref name="key"/>, or null.</summary>
    public static TallyMessageTemplate? Find(string key) => ByKey.GetValueOrDefault(key);

    /// <summary>A void mark (OL403): who, which criterion, and the <paramref name="reason"/>.</summary>
    public static TallyMessage VoidMark(string? candidate, string criterion, TallyMessage reason)
        => candidate is null
            ? new("Mark.Committee", ("criterion", criterion), ("reason", reason))
            : new("Mark.Candidate", ("candidate", candidate), ("criterion", criterion), ("reason", reason));

    /// <summary>A rejected ballot: the field and the <paramref name="reason"/>.</summary>
    public static TallyMessage Rejected(string field, TallyMessage reason) => new("Rejection.Ballot", ("field", field), ("reason", reason));

    /// <summary>A message without arguments.</summary>
    public static TallyMessage Plain(string key) => new(key);

    /// <summary>The turnout's counted quantity.</summary>
    public static TallyMessage Counted(TurnoutCounted counted) => new("Turnout.Counted." + counted);

    /// <summary>The turnout's base.</summary>
    public static TallyMessage Base(TurnoutBase turnoutBase) => new("Turnout.Base." + turnoutBase);

    /// <summary>The turnout's comparison.</summary>
    public static TallyMessage Comparison(ShareComparison comparison) => new("Comparison." + comparison);
}
