import { VALID_SHEET, edit, testRule } from "../rule-tester.js";

const PLAN_YEAR = "令和5年度\t予算額\t8,500 千円\n\tうち 特定財源\t1,100 千円\n成果目標\t\t4,900 人\n実施内容\t\t\n新しい講座を2つ加える。\t\t\n";

testRule("required-field", {
  valid: [
    { name: "complete sheets", text: VALID_SHEET },
    { name: "a not-applicable plan 成果目標 is an answer", text: edit(VALID_SHEET, ["成果目標\t\t4,900 人", "成果目標\t\t— 人"]) },
    { name: "a blank うち 特定財源 is not required", text: edit(VALID_SHEET, ["\tうち 特定財源\t1,100 千円", "\tうち 特定財源\t"]) },
    { name: "an absent 【Action】 is required-section's, not required-field's", text: edit(VALID_SHEET, ["【Action】今後に向けた改善点\n\n方針\t利用の少ない地区で読み聞かせ会を開く。\n", ""]) },
    { name: "a blank actual year's 実施内容 is not required", text: edit(VALID_SHEET, ["巡回を毎週に増やした。\t\t\n", ""]) },
  ],
  invalid: [
    { name: "blank 方針", text: edit(VALID_SHEET, ["方針\tオンライン講座を加え，参加しやすい形を広げる。", "方針\t"]), errors: [{ messageId: "blankField", line: 54, column: 4 }] },
    { name: "no 方針 row: at the 【Action】 marker", text: edit(VALID_SHEET, ["方針\tオンライン講座を加え，参加しやすい形を広げる。\n", ""]), errors: [{ messageId: "missingField", line: 52, column: 1 }] },
    { name: "blank 評価", text: edit(VALID_SHEET, ["評価\t受講者は前年度より増え，満足度も高かった。", "評価\t"]), errors: [{ messageId: "blankField", line: 49, column: 4 }] },
    { name: "blank plan 予算額", text: edit(VALID_SHEET, ["令和5年度\t予算額\t8,500 千円", "令和5年度\t予算額\t"]), errors: [{ messageId: "blankField", line: 74, column: 11 }] },
    { name: "plan 成果目標 with only a unit", text: edit(VALID_SHEET, ["成果目標\t\t4,900 人", "成果目標\t\t人"]), errors: [{ messageId: "blankField", line: 76, column: 7 }] },
    { name: "blank plan 実施内容", text: edit(VALID_SHEET, ["新しい講座を2つ加える。\t\t\n", ""]), errors: [{ messageId: "blankField", line: 77, column: 7 }] },
    { name: "a blank 今後の成果目標 value", text: edit(VALID_SHEET, ["5,000 人\t\t5,100 人", "人\t\t5,100 人"]), errors: [{ messageId: "blankField", line: 81, column: 1 }] },
    { name: "【Plan】 without a year", text: edit(VALID_SHEET, [PLAN_YEAR, ""]), errors: [{ messageId: "missingPlanYear", line: 72, column: 1 }] },
    {
      name: "【Plan】 without 今後の成果目標",
      text: edit(VALID_SHEET, ["今後の成果目標\t\t\n令和6年度\t\t令和7年度\n5,000 人\t\t5,100 人\n", ""]),
      errors: [{ messageId: "missingField", line: 72, column: 1 }],
    },
  ],
});
