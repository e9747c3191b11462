// The self-check page: plain JavaScript over the service's HTTP API (docs/server.md); no build step, no library.
"use strict";

const texts = {
  zh: {
    skip: "跳到检查结果", title: "组织生活会自查",
    intro: "粘贴或上传支部的组织生活会记录，逐条查看规则检查结果、出处和截止日期；上传测评票汇总表查看计票结果。数据只发送到本服务，不会保存。",
    recordHeading: "1. 支部记录", loadDemo: "载入示例记录", uploadRecord: "上传记录文件（JSON）",
    recordLabel: "记录（JSON，格式见 docs/record-format.md）",
    quickForm: "没有 JSON？填写简易表单（花名册、出席、评定等次）", branchName: "支部名称", branchKind: "支部类型", meetingDate: "会议日期",
    rosterLabel: "花名册：每行一人，“编号,姓名,正式/预备,书记”（书记一栏可空）",
    absentLabel: "缺席人员编号（逗号分隔；其余视为出席）",
    gradesLabel: "评定等次：每行“编号,优秀/合格/基本合格/不合格”（可空：未记录）",
    buildRecord: "生成记录", policy: "政策", asOf: "检查日期", validate: "检查记录",
    resultsHeading: "2. 检查结果", findingsCaption: "每条规则的检查结果",
    colRule: "规则", colName: "名称", colOutcome: "结果", colMessage: "说明", colSource: "依据",
    scheduleHeading: "3. 截止日期", scheduleCaption: "会议前后各事项的截止日期",
    colDue: "截止日期", colStatus: "状态", colWhat: "事项", downloadIcs: "下载日历（.ics）",
    tallyHeading: "4. 民主测评计票", uploadBallots: "上传测评票汇总表（CSV 或 xlsx，列：branch,ballot,candidate,grade）", tally: "计票",
    footer: "OrgLife 自查页：规则与出处见",
    "kind.village": "农村", "kind.community": "社区", "kind.governmentOrgan": "机关", "kind.enterpriseOrInstitution": "企事业单位",
    "kind.school": "学校", "kind.hospital": "医院", "kind.privateEnterprise": "非公企业", "kind.socialOrganization": "社会组织",
    "kind.retirees": "离退休", "kind.mobileTalent": "流动党员", "kind.other": "其他",
    outcome: { passed: "通过", violated: "违反", notEvaluated: "无法检查", disabled: "未启用", notApplicable: "不适用" },
    status: { done: "已完成", doneLate: "逾期完成", overdue: "逾期未办", notYetDue: "未到期", unknown: "未记录" },
    severity: { error: "错误", warning: "警告", info: "提示" },
    missing: "缺少数据：", checking: "正在检查……", noRecord: "请先粘贴、上传或载入一份记录。",
    summary: (c) => `检查完成：违反 ${c.violated} 条（错误 ${c.errors}、警告 ${c.warnings}），通过 ${c.passed} 条，无法检查 ${c.notEvaluated} 条，不适用 ${c.notApplicable} 条。`,
    scheduleDone: (n) => `共 ${n} 个截止事项。`, noSchedule: "记录没有会议日期，无法计算截止日期。",
    demoLoaded: (d) => `已载入示例记录（红旗村党支部），检查日期 ${d}。`, fileLoaded: (f) => `已读取文件 ${f}。`,
    built: "已根据表单生成记录。", badRoster: (l) => `花名册第 ${l} 行需要“编号,姓名”。`,
    tallying: "正在计票……", noBallots: "请先选择测评票汇总表。",
    tallyDone: (n) => `计票完成：${n} 个支部。`,
    ballots: (r) => `发出 ${r.issued} 张，收回 ${r.returned} 张，有效 ${r.accepted} 张，无效 ${r.rejected} 张。`,
    colCandidate: "被测评人", colSuggested: "建议等次", tallyCaption: (b) => `支部 ${b} 的测评结果`,
  },
  en: {
    skip: "Skip to the results", title: "Organizational-life self-check",
    intro: "Paste or upload your branch's organizational-life record to see every rule's outcome with its source and the due dates; upload a ballot tally sheet to see the count. Data goes only to this service and is not kept.",
    recordHeading: "1. Branch record", loadDemo: "Load the demo record", uploadRecord: "Upload a record file (JSON)",
    recordLabel: "Record (JSON; format in docs/record-format.md)",
    quickForm: "No JSON? Fill in a short form (roster, attendance, grades)", branchName: "Branch name", branchKind: "Branch kind", meetingDate: "Meeting date",
    rosterLabel: "Roster: one member per line, \"id,name,full/probationary,secretary\" (the last may be empty)",
    absentLabel: "IDs of members absent (comma separated; everyone else present)",
    gradesLabel: "Determined grades: one per line, \"id,excellent/qualified/basicallyQualified/unqualified\" (may be empty: not recorded)",
    buildRecord: "Build the record", policy: "Policy", asOf: "Check as of", validate: "Check the record",
    resultsHeading: "2. Findings", findingsCaption: "Every rule's outcome",
    colRule: "Rule", colName: "Name", colOutcome: "Outcome", colMessage: "Detail", colSource: "Source",
    scheduleHeading: "3. Due dates", scheduleCaption: "Due dates before and after the meeting",
    colDue: "Due", colStatus: "Status", colWhat: "What", downloadIcs: "Download the calendar (.ics)",
    tallyHeading: "4. Democratic assessment tally", uploadBallots: "Upload a ballot tally sheet (CSV or xlsx; columns branch,ballot,candidate,grade)", tally: "Tally",
    footer: "OrgLife self-check: the rules and their sources at",
    "kind.village": "Village", "kind.community": "Community", "kind.governmentOrgan": "Government organ", "kind.enterpriseOrInstitution": "Enterprise or institution",
    "kind.school": "School", "kind.hospital": "Hospital", "kind.privateEnterprise": "Private enterprise", "kind.socialOrganization": "Social organization",
    "kind.retirees": "Retirees", "kind.mobileTalent": "Mobile members", "kind.other": "Other",
    outcome: { passed: "passed", violated: "VIOLATED", notEvaluated: "not evaluated", disabled: "disabled", notApplicable: "not applicable" },
    status: { done: "done", doneLate: "done late", overdue: "OVERDUE", notYetDue: "not yet due", unknown: "not recorded" },
    severity: { error: "error", warning: "warning", info: "info" },
    missing: "Missing: ", checking: "Checking…", noRecord: "Paste, upload or load a record first.",
    summary: (c) => `Checked: ${c.violated} violated (${c.errors} errors, ${c.warnings} warnings), ${c.passed} passed, ${c.notEvaluated} not evaluated, ${c.notApplicable} not applicable.`,
    scheduleDone: (n) => `${n} due dates.`, noSchedule: "The record has no meeting date, so there is no schedule.",
    demoLoaded: (d) => `Demo record loaded (红旗村党支部), checked as of ${d}.`, fileLoaded: (f) => `Read ${f}.`,
    built: "Record built from the form.", badRoster: (l) => `Roster line ${l} needs "id,name".`,
    tallying: "Tallying…", noBallots: "Choose a ballot tally sheet first.",
    tallyDone: (n) => `Tallied ${n} branch(es).`,
    ballots: (r) => `Issued ${r.issued}, returned ${r.returned}, valid ${r.accepted}, rejected ${r.rejected}.`,
    colCandidate: "Member", colSuggested: "Suggested grade", tallyCaption: (b) => `Assessment of branch ${b}`,
  },
};

let language = "zh";
let lastSchedule = null;
const $ = (id) => document.getElementById(id);
const t = (key) => texts[language][key];
const acceptLanguage = () => (language === "en" ? "en" : "zh-CN");

function applyLanguage() {
  document.documentElement.lang = language === "en" ? "en" : "zh-CN";
  document.title = `${t("title")} · OrgLife`;
  for (const element of document.querySelectorAll("[data-i18n]")) {
    const value = t(element.dataset.i18n);
    if (typeof value === "string") element.textContent = value;
  }
  const button = $("language");
  button.textContent = language === "en" ? "中文" : "English";
  button.lang = language === "en" ? "zh-CN" : "en";
  button.setAttribute("aria-pressed", String(language === "en"));
}

function cell(row, text, className) {
  const td = document.createElement("td");
  td.textContent = text ?? "";
  if (className) td.className = className;
  row.appendChild(td);
  return td;
}

// A row header cell (th scope=row): the rule of a finding, the candidate of a tally row.
function rowHeader(row, text) {
  const th = document.createElement("th");
  th.scope = "row";
  th.textContent = text;
  row.appendChild(th);
  return th;
}

// Fills the body of the table `id` with one row per item (`fill(row, item)` adds the row's cells) and shows the table.
function fillTable(id, items, fill) {
  const body = $(id).tBodies[0];
  body.replaceChildren();
  for (const item of items) fill(body.insertRow(), item);
  $(id).hidden = false;
}

function clearProblem() {
  const box = $("problem");
  box.hidden = true;
  box.textContent = "";
}

// An RFC 9457 problem from the service: title, detail and, for a record, where in it.
function showProblem(problem) {
  const box = $("problem");
  const where = [problem.path, problem.line != null ? `line ${problem.line}` : null, problem.column != null ? `column ${problem.column}` : null].filter(Boolean).join(", ");
  box.textContent = `${problem.title ?? ""}${problem.detail ? ": " + problem.detail : ""}${where ? " (" + where + ")" : ""}`;
  box.hidden = false;
}

async function call(url, options = {}) {
  const headers = Object.assign({ "Accept-Language": acceptLanguage() }, options.headers ?? {});
  const response = await fetch(url, Object.assign({}, options, { headers }));
  const type = response.headers.get("Content-Type") ?? "";
  if (!response.ok) {
    const problem = type.includes("json") ? await response.json() : { title: `HTTP ${response.status}`, detail: await response.text() };
    throw problem;
  }
  return response;
}

function query() {
  const parameters = new URLSearchParams();
  if ($("policy").value) parameters.set("policy", $("policy").value);
  if ($("as-of").value) parameters.set("asOf", $("as-of").value);
  return parameters.toString();
}

async function loadPolicies() {
  try {
    const body = await (await call("/api/policies")).json();
    const select = $("policy");
    select.replaceChildren();
    // The tenants' configured policies first, then the presets.
    for (const policy of body.configured ?? []) {
      const option = document.createElement("option");
      option.value = policy.name;
      option.textContent = `${policy.name} (${policy.policyName})`;
      select.appendChild(option);
    }
    for (const policy of body.policies) {
      const option = document.createElement("option");
      option.value = policy.name;
      option.textContent = policy.name;
      select.appendChild(option);
    }
  } catch (problem) {
    showProblem(problem);
  }
}

async function loadDemo() {
  clearProblem();
  try {
    const response = await call("/api/demo/record");
    $("record").value = await response.text();
    const asOf = response.headers.get("X-OrgLife-As-Of");
    if (asOf) $("as-of").value = asOf;
    if ([...$("policy").options].some((o) => o.value === "collection")) $("policy").value = "collection";
    $("status").textContent = texts[language].demoLoaded(asOf ?? "");
  } catch (problem) {
    showProblem(problem);
  }
}

function renderReport(report) {
  fillTable("findings", report.results, (row, result) => {
    const findings = result.findings ?? [];
    const messages = findings.length > 0
      ? findings.map((f) => `${texts[language].severity[f.severity] ?? f.severity}: ${f.message}`).join("\n")
      : (result.missingData ?? []).length > 0 ? t("missing") + result.missingData.join(", ") : result.note ?? "";
    const sources = findings.flatMap((f) => f.sources ?? []).concat(result.sources ?? []);
    const seen = new Set();
    const citation = sources.map((s) => `${s.shortName} ${s.section}`).filter((s) => !seen.has(s) && seen.add(s)).join("；");
    row.dataset.rule = result.ruleId;
    row.dataset.outcome = result.outcome;
    rowHeader(row, result.ruleId);
    cell(row, language === "en" ? result.name : result.chineseName ?? result.name);
    cell(row, texts[language].outcome[result.outcome] ?? result.outcome, `outcome-${result.outcome}`);
    cell(row, messages).style.whiteSpace = "pre-line";
    cell(row, citation);
  });
  $("status").textContent = texts[language].summary(Object.assign({ violated: 0, errors: 0, warnings: 0, passed: 0, notEvaluated: 0, notApplicable: 0 }, report.counts));
}

function renderSchedule(schedule) {
  fillTable("schedule", schedule.entries, (row, entry) => {
    cell(row, entry.dueDate);
    cell(row, entry.ruleId);
    cell(row, texts[language].status[entry.status] ?? entry.status, `status-${entry.status}`);
    cell(row, entry.label);
  });
  $("ics").disabled = false;
  $("schedule-status").textContent = texts[language].scheduleDone(schedule.entries.length);
}

async function validate() {
  clearProblem();
  const record = $("record").value.trim();
  if (!record) {
    $("status").textContent = t("noRecord");
    return;
  }
  $("status").textContent = t("checking");
  const request = { method: "POST", headers: { "Content-Type": "application/json" }, body: record };
  try {
    renderReport(await (await call(`/api/validate?${query()}`, request)).json());
    $("results").focus();
  } catch (problem) {
    $("status").textContent = "";
    $("findings").hidden = true;
    showProblem(problem);
    return;
  }
  try {
    lastSchedule = { record, query: query() };
    renderSchedule(await (await call(`/api/schedule?${lastSchedule.query}`, request)).json());
  } catch (problem) {
    lastSchedule = null;
    $("schedule").hidden = true;
    $("ics").disabled = true;
    $("schedule-status").textContent = problem.detail ?? t("noSchedule");
  }
}

async function downloadCalendar() {
  if (!lastSchedule) return;
  try {
    const response = await call(`/api/schedule?${lastSchedule.query}`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "text/calendar" },
      body: lastSchedule.record,
    });
    const link = document.createElement("a");
    link.href = URL.createObjectURL(await response.blob());
    link.download = "orglife-schedule.ics";
    document.body.appendChild(link);
    link.click();
    link.remove();
    URL.revokeObjectURL(link.href);
  } catch (problem) {
    showProblem(problem);
  }
}

function buildRecord() {
  clearProblem();
  const members = [];
  const lines = $("q-roster").value.split("\n").map((l) => l.trim()).filter(Boolean);
  for (let i = 0; i < lines.length; i++) {
    const [id, name, status, role] = lines[i].split(/[,，]/).map((s) => s.trim());
    if (!id || !name) {
      showProblem({ title: t("badRoster")(i + 1) });
      return;
    }
    const member = { id, name, status: /预备|probationary/i.test(status ?? "") ? "probationary" : "full" };
    if (/书记|secretary/i.test(role ?? "")) member.roles = ["secretary"];
    members.push(member);
  }
  const absent = new Set($("q-absent").value.split(/[,，\s]+/).filter(Boolean));
  const gradeNames = { 优秀: "excellent", 合格: "qualified", 基本合格: "basicallyQualified", 不合格: "unqualified" };
  const determinations = $("q-grades").value.split("\n").map((l) => l.trim()).filter(Boolean).map((line) => {
    const [memberId, grade] = line.split(/[,，]/).map((s) => s.trim());
    return { memberId, grade: gradeNames[grade] ?? grade };
  });
  const record = {
    branch: { id: "branch", name: $("q-name").value || "支部", kind: $("q-kind").value, members },
    meeting: {
      kind: "organizationalLife",
      form: "generalMeeting",
      attendance: members.map((m) => ({ memberId: m.id, present: !absent.has(m.id) })),
    },
  };
  if ($("q-date").value) record.meeting.date = $("q-date").value;
  if (determinations.length > 0) record.evaluation = { determinations };
  $("record").value = JSON.stringify(record, null, 2);
  $("status").textContent = t("built");
}

async function readFileInto(input) {
  const file = input.files?.[0];
  if (!file) return;
  $("record").value = await file.text();
  $("status").textContent = texts[language].fileLoaded(file.name);
}

function renderTally(body) {
  const container = $("tally-result");
  container.replaceChildren();
  for (const report of body.reports) {
    const summary = document.createElement("p");
    summary.textContent = texts[language].ballots(report);
    container.appendChild(summary);
    const wrap = document.createElement("div");
    wrap.className = "table-wrap";
    const table = document.createElement("table");
    const caption = table.createCaption();
    caption.textContent = texts[language].tallyCaption(report.branch);
    const overall = report.candidates.find((c) => c.criteria.length > 0)?.criteria[0];
    const head = table.createTHead().insertRow();
    for (const title of [t("colCandidate"), ...(overall?.levels ?? []), t("colSuggested")]) {
      const th = document.createElement("th");
      th.scope = "col";
      th.textContent = title;
      head.appendChild(th);
    }
    const rows = table.createTBody();
    for (const candidate of report.candidates) {
      const row = rows.insertRow();
      rowHeader(row, candidate.name ? `${candidate.id} ${candidate.name}` : candidate.id);
      for (const count of candidate.criteria[0]?.combined.counts ?? []) cell(row, String(count));
      cell(row, candidate.suggestedGrade ?? "—");
    }
    wrap.appendChild(table);
    container.appendChild(wrap);
  }
  $("tally-status").textContent = texts[language].tallyDone(body.reports.length);
}

async function tally() {
  clearProblem();
  const file = $("ballots").files?.[0];
  if (!file) {
    $("tally-status").textContent = t("noBallots");
    return;
  }
  $("tally-status").textContent = t("tallying");
  const type = file.name.toLowerCase().endsWith(".xlsx") ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv";
  try {
    renderTally(await (await call("/api/tally", { method: "POST", headers: { "Content-Type": type }, body: file })).json());
  } catch (problem) {
    $("tally-status").textContent = "";
    showProblem(problem);
  }
}

document.addEventListener("DOMContentLoaded", () => {
  // Chinese unless ?lang=en or the reader chose English before.
  if (new URLSearchParams(location.search).get("lang") === "en" || localStorage.getItem("orglife-lang") === "en") language = "en";
  applyLanguage();
  $("language").addEventListener("click", () => {
    language = language === "en" ? "zh" : "en";
    localStorage.setItem("orglife-lang", language);
    applyLanguage();
  });
  $("load-demo").addEventListener("click", loadDemo);
  $("record-file").addEventListener("change", (e) => readFileInto(e.target));
  $("q-build").addEventListener("click", buildRecord);
  $("validate").addEventListener("click", validate);
  $("ics").addEventListener("click", downloadCalendar);
  $("tally").addEventListener("click", tally);
  loadPolicies();
});
