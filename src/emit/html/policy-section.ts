/** A 施策 sheet: its position in the plan, main 事業, 目標 indicators by year, opinions. */
import type { Position, Target } from "../../model/schema.js";
import { html, type SafeHtml } from "./escape.js";
import { diagnosticList } from "./diagnostics.js";
import { formatFiscalYear, withWesternYear } from "./format.js";
import { formatQuantity } from "./project-charts.js";
import type { PolicyEntry } from "./model.js";

/** The position as a definition list; rows the sheet leaves empty are left out. */
export function positionList(position: Position): SafeHtml {
  const rows: readonly (readonly [string, string | null])[] = [
    ["施策の大綱", position.outline],
    ["施策の目的", position.objective],
    ["施策", position.policy],
    ["施策の方向", position.direction],
  ];
  return html`<dl class="position">${rows.map(([label, value]) => (value === null ? null : html`<div><dt>${label}</dt><dd>${value}</dd></div>`))}</dl>`;
}

function targetsTable(targets: readonly Target[]): SafeHtml | null {
  if (targets.length === 0) return null;
  // One column per year across all indicators, so values of one year line up.
  const columns = new Map<number, string>();
  for (const target of targets) for (const value of target.values) if (!columns.has(value.year)) columns.set(value.year, withWesternYear(value.label, value.year));
  const years = [...columns.keys()].sort((a, b) => a - b);
  const rows = targets.map((target) => {
    const cells = years.map((year) => html`<td class="num">${formatQuantity(target.values.find((value) => value.year === year)?.value)}</td>`);
    return html`<tr><th scope="row">${target.indicator ?? ""}</th><td>${target.basis ?? ""}</td><td>${target.direction ?? ""}</td>${cells}</tr>`;
  });
  return html`<div class="table-wrap"><table class="targets"><caption>目標</caption><thead><tr><th scope="col">指標名</th><th scope="col">指標の考え方</th><th scope="col">方向性</th>${years.map((year) => html`<th scope="col">${columns.get(year) ?? String(year)}</th>`)}</tr></thead><tbody>${rows}</tbody></table></div>`;
}

function opinions(entry: PolicyEntry): SafeHtml | null {
  if (entry.policy.opinions.length === 0) return null;
  const items = entry.policy.opinions.map(
    (opinion) =>
      html`<li><p class="opinion-source">${opinion.source ?? "意見"}${opinion.fiscalYear === null ? null : html` <span class="muted">(${formatFiscalYear(opinion.fiscalYear)}の取組状況への意見)</span>`}</p><p class="text">${opinion.text}</p></li>`,
  );
  return html`<h4>意見</h4><ul class="opinions">${items}</ul>`;
}

function mainProjects(entry: PolicyEntry): SafeHtml | null {
  const rows = entry.policy.mainProjects;
  if (rows.length === 0) return null;
  const body = rows.map((row) => {
    const target = entry.projects.find((p) => p.project.name === row.project);
    const name = target ? html`<a href="#${target.id}">${row.project ?? ""}</a>` : (row.project ?? "");
    return html`<tr><td>${row.direction ?? ""}</td><td>${name}</td><td>${row.department ?? ""}</td></tr>`;
  });
  return html`<div class="table-wrap"><table class="main-projects"><caption>主要事業と関連部署</caption><thead><tr><th scope="col">施策の方向</th><th scope="col">事業名</th><th scope="col">部署名</th></tr></thead><tbody>${body}</tbody></table></div>`;
}

/** The section of one 施策 sheet. */
export function policySection(entry: PolicyEntry): SafeHtml {
  const { policy } = entry;
  const name = policy.position.policy ?? "(施策名なし)";
  return html`<section class="policy" id="${entry.id}" aria-labelledby="${entry.id}-h"><h3 id="${entry.id}-h"><span class="kind">施策</span> ${name}</h3><p class="where">${entry.file.label}${entry.line === null ? "" : `:${entry.line}`}</p>${positionList(policy.position)}${mainProjects(entry)}${targetsTable(policy.targets)}${opinions(entry)}${
    policy.achievementStatus === null ? null : html`<h4>目標の達成状況</h4><p class="text">${policy.achievementStatus}</p>`
  }${diagnosticList(entry.diagnostics)}</section>`;
}
