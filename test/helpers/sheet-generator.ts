/**
 * A fast-check generator of sheets in the reference template, with the values it put in:
 * random 施策/事業 counts, shuffled sections as PDF extraction leaves them, random
 * quantities and every way of writing a fiscal year.
 */
import fc from "fast-check";

export interface GeneratedQuantity {
  cell: string;
  status: "value" | "notApplicable" | "blank";
  value: number | null;
}

export interface GeneratedYear {
  fiscalYear: number;
  phase: "actual" | "current" | "plan";
  money: GeneratedQuantity;
  outcome: GeneratedQuantity;
}

export interface GeneratedProject {
  name: string;
  department: string;
  policy: string | null;
  years: GeneratedYear[];
  checkYear: number;
  evaluation: string;
  futureTargets: { fiscalYear: number; value: GeneratedQuantity }[];
}

export interface GeneratedSheet {
  text: string;
  policies: { policy: string; projects: string[] }[];
  projects: GeneratedProject[];
}

const FULLWIDTH_DIGITS = "０１２３４５６７８９";
const KANJI_DIGITS = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

function kanjiNumber(n: number): string {
  if (n === 1) return "元";
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 0 ? "" : tens === 1 ? "十" : `${KANJI_DIGITS[tens]}十`}${KANJI_DIGITS[ones]}`;
}

function fullwidth(text: string): string {
  return text.replace(/\d/g, (d) => FULLWIDTH_DIGITS[Number(d)] ?? d);
}

/** One way of writing fiscal year `year`, chosen by `style`. */
export function yearLabel(year: number, style: number): string {
  const reiwa = year - 2018;
  const heisei = year - 1988;
  switch (style % 6) {
    case 0:
      return reiwa >= 1 ? `令和${reiwa === 1 ? "元" : reiwa}年度` : `平成${heisei}年度`;
    case 1:
      return reiwa >= 1 ? `R${reiwa}年度` : `H${heisei}年度`;
    case 2:
      return `${year}年度`;
    case 3:
      return fullwidth(reiwa >= 1 ? `令和${reiwa}年度` : `平成${heisei}年度`);
    case 4:
      return reiwa >= 1 ? `令和${kanjiNumber(reiwa)}年度` : `平成${kanjiNumber(heisei)}年度`;
    default:
      return year <= 2019 && heisei >= 1 ? `平成${heisei}年度` : `令和${reiwa}年度`;
  }
}

const quantityArb = (unit: string): fc.Arbitrary<GeneratedQuantity> =>
  fc.oneof(
    fc.record({ n: fc.integer({ min: 0, max: 9_999_999 }), style: fc.nat(3) }).map(({ n, style }) => {
      const grouped = n.toLocaleString("en-US");
      const cell = style === 0 ? `${grouped} ${unit}` : style === 1 ? `${n}${unit}` : style === 2 ? fullwidth(`${grouped}${unit}`).replaceAll(",", "，") : `${grouped}${unit}`;
      return { cell, status: "value" as const, value: n };
    }),
    fc.integer({ min: 1, max: 99_999 }).map((n) => ({ cell: `△${n.toLocaleString("en-US")}${unit}`, status: "value" as const, value: -n })),
    fc.constantFrom("—", "―", "－", "-", "ー").map((mark) => ({ cell: `${mark} ${unit}`, status: "notApplicable" as const, value: null })),
    fc.constant({ cell: unit, status: "blank" as const, value: null }),
  );

const WORDS = ["防災", "子育て", "図書館", "道路", "公園", "観光", "交通", "環境", "福祉", "教育", "農業", "文化"];

const projectArb = (index: number, policy: string | null) =>
  fc
    .record({
      word: fc.constantFrom(...WORDS),
      baseYear: fc.integer({ min: 2012, max: 2040 }),
      yearStyles: fc.array(fc.nat(5), { minLength: 6, maxLength: 6 }),
      money: fc.array(quantityArb("千円"), { minLength: 4, maxLength: 4 }),
      outcome: fc.array(quantityArb("人"), { minLength: 4, maxLength: 4 }),
      future: fc.array(quantityArb("人"), { minLength: 2, maxLength: 2 }),
      order: fc.constantFrom("reference", "seed", "actualsLast"),
      evaluation: fc.constantFrom("目標を上回った。", "登録者数が伸びた，一方で課題も残る。", "前年度並み"),
    })
    .map((r): GeneratedProject & { order: string; yearStyles: number[] } => {
      const y = r.baseYear;
      const phases: ["actual", "actual", "current", "plan"] = ["actual", "actual", "current", "plan"];
      const years = [y - 2, y - 1, y, y + 1].map((fiscalYear, i) => ({
        fiscalYear,
        phase: phases[i] ?? "actual",
        money: r.money[i] ?? { cell: "", status: "blank", value: null },
        outcome: r.outcome[i] ?? { cell: "", status: "blank", value: null },
      }));
      return {
        name: `${r.word}推進事業${index + 1}`,
        department: `${r.word}課`,
        policy,
        years,
        checkYear: y - 1,
        evaluation: r.evaluation,
        futureTargets: [y + 2, y + 3].map((fiscalYear, i) => ({ fiscalYear, value: r.future[i] ?? { cell: "", status: "blank", value: null } })),
        order: r.order,
        yearStyles: r.yearStyles,
      };
    });

function yearBlock(year: GeneratedYear, style: number): string[] {
  const label = yearLabel(year.fiscalYear, style);
  const amount = year.phase === "actual" ? "決算額" : "予算額";
  const outcome = year.phase === "actual" ? "成果実績" : "成果目標";
  return [`${label}\t${amount}\t${year.money.cell}`, `\tうち 特定財源\t—`, `${outcome}\t\t${year.outcome.cell}`, `実施内容と改善点\t\t`, `${year.fiscalYear}年度の取組を行った。\t\t`, ""];
}

function renderProject(project: GeneratedProject & { order: string; yearStyles: number[] }): string[] {
  const style = (i: number) => project.yearStyles[i] ?? 0;
  const [a1, a2, current, plan] = project.years;
  if (!a1 || !a2 || !current || !plan) return [];
  const head = ["事業の説明", "", `事業名\t${project.name}\t`, `担当\t${project.department}\t事業の目的 ${project.name}を進める。`, "予算科目\t\t", ""];
  const position = project.policy === null ? [] : ["総合計画上の位置付け", "", "施策の大綱\t暮らしやすいまち", "施策の目標\t安心して暮らせる", `施策\t${project.policy}`, `施策の方向\t${project.name}の方向`, ""];
  const doHead = ["【Do】これまでの実績と現在の取組み", "", ...yearBlock(current, style(2))];
  const actuals = [...yearBlock(a2, style(1)), ...yearBlock(a1, style(0))];
  const check = [`【Check】${yearLabel(project.checkYear, style(5))}実績の評価と分析`, "", `評価\t${project.evaluation}`, "分析\t要因を分析した。", ""];
  const action = ["【Action】今後に向けた改善点", "", "方針\t継続する。", "----\t--", ""];
  const [f1, f2] = project.futureTargets;
  const planSection = ["【Plan】今後の計画", "", ...yearBlock(plan, style(3)), "今後の成果目標\t\t", `${yearLabel(f1?.fiscalYear ?? 0, style(4))}\t\t${yearLabel(f2?.fiscalYear ?? 0, style(4) + 1)}`, `${f1?.value.cell ?? ""}\t\t${f2?.value.cell ?? ""}`, ""];
  const body =
    project.order === "seed" ? [...doHead, ...check, ...action, ...actuals] : project.order === "actualsLast" ? [...doHead, ...check, ...actuals, ...action] : [...doHead, ...actuals, ...check, ...action];
  return [...head, ...position, ...body, ...planSection];
}

export const sheetArb: fc.Arbitrary<GeneratedSheet> = fc
  .record({ policyCount: fc.integer({ min: 0, max: 2 }), projectCounts: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 3 }), seed: fc.nat() })
  .chain(({ policyCount, projectCounts }) => {
    const groups = policyCount === 0 ? [{ policy: null as string | null, count: projectCounts[0] ?? 1 }] : projectCounts.slice(0, policyCount).map((count, i) => ({ policy: `施策${i + 1}の推進`, count }));
    let index = 0;
    const arbs = groups.map((group) => fc.tuple(...Array.from({ length: group.count }, () => projectArb(index++, group.policy))).map((projects) => ({ group, projects })));
    return fc.tuple(...arbs);
  })
  .map((groups) => {
    const lines: string[] = [];
    const policies: GeneratedSheet["policies"] = [];
    const projects: GeneratedProject[] = [];
    for (const { group, projects: members } of groups) {
      if (group.policy !== null) {
        policies.push({ policy: group.policy, projects: members.map((p) => p.name) });
        lines.push("総合計画上の位置付け", "", `施策の大綱\t暮らしやすいまち\t施策の目的\t安心して暮らせる\t施策\t${group.policy}`, "", "主要事業と関連部署", "", "施策の方向\t事業名\t部署名");
        for (const member of members) lines.push(`${member.name}の方向\t${member.name}\t${member.department}`);
        lines.push("");
      }
      for (const member of members) {
        lines.push(...renderProject(member));
        projects.push(member);
      }
    }
    lines.push("NEXT CYCLE");
    return { text: lines.join("\n"), policies, projects };
  });
