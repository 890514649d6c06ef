/** A 事業 sheet: purpose, outcome and money charts, 【Check】 and 【Action】, its diagnostics. */
import { html, type SafeHtml } from "./escape.js";
import { diagnosticList } from "./diagnostics.js";
import { formatFiscalYear } from "./format.js";
import { moneyFigure, outcomeFigure } from "./project-charts.js";
import type { ProjectEntry } from "./model.js";

function field(label: string, value: string | null): SafeHtml | null {
  return value === null ? null : html`<div><dt>${label}</dt><dd>${value}</dd></div>`;
}

function policyLink(entry: ProjectEntry): SafeHtml | string | null {
  if (entry.policyName === null) return null;
  return entry.owner ? html`<a href="#${entry.owner.id}">${entry.policyName}</a>` : entry.policyName;
}

function checkAndAction(entry: ProjectEntry): SafeHtml {
  const { check, action } = entry.project;
  const checkBody = check
    ? html`<dl class="texts">${field("評価", check.evaluation)}${field("分析", check.analysis)}</dl>${check.evaluation === null && check.analysis === null ? html`<p class="muted">記載なし</p>` : null}`
    : html`<p class="muted">【Check】の記載がありません。</p>`;
  const actionBody = action?.approach ? html`<dl class="texts">${field("方針", action.approach)}</dl>` : html`<p class="muted">${action ? "記載なし" : "【Action】の記載がありません。"}</p>`;
  const year = check?.fiscalYear ?? null;
  return html`<div class="pdca"><div class="check"><h4>【Check】${year === null ? "" : `${formatFiscalYear(year)}実績の`}評価と分析</h4>${checkBody}</div><div class="action"><h4>【Action】今後に向けた改善点</h4>${actionBody}</div></div>`;
}

/** The section of one 事業 sheet; `data-project` marks it for the browser test and for print page breaks. */
export function projectSection(entry: ProjectEntry): SafeHtml {
  const { project } = entry;
  const policy = policyLink(entry);
  return html`<section class="project" id="${entry.id}" data-project aria-labelledby="${entry.id}-h"><h3 id="${entry.id}-h"><span class="kind">事業</span> ${project.name ?? "(事業名なし)"}</h3><p class="where">${entry.file.label}${entry.line === null ? "" : `:${entry.line}`}</p><dl class="meta">${field("担当", project.department)}${
    policy === null ? null : html`<div><dt>施策</dt><dd>${policy}</dd></div>`
  }${field("施策の方向", project.position.direction)}${field("予算科目", project.budgetAccount)}${field("成果指標", project.indicator ? `${project.indicator.name ?? ""}${project.indicator.unit ? ` (${project.indicator.unit})` : ""}` : null)}</dl><h4>事業の目的</h4><p class="text">${project.purpose ?? "記載なし"}</p><div class="figures"><div><h4>成果目標と実績</h4>${outcomeFigure(project, `${entry.id}-outcome`)}</div><div><h4>予算額と決算額</h4>${moneyFigure(project, `${entry.id}-money`)}</div></div>${checkAndAction(entry)}${diagnosticList(entry.diagnostics)}</section>`;
}
