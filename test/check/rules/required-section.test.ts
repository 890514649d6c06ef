import { VALID_SHEET, edit, testRule } from "../rule-tester.js";

const FIRST_CHECK = "【Check】令和3年度実績の評価と分析\n\n評価\t受講者は前年度より増え，満足度も高かった。\n分析\t平日夜間の講座を増やしたことで，働く世代の参加が伸びた。\n\n";

testRule("required-section", {
  valid: [{ name: "complete sheets", text: VALID_SHEET }],
  invalid: [
    {
      name: "a 事業 sheet without 【Check】, reported at its 事業の説明",
      text: edit(VALID_SHEET, [FIRST_CHECK, ""]),
      errors: [{ messageId: "missingSection", line: 26, column: 1 }],
    },
    {
      name: "a 事業 sheet without 【Plan】",
      text: edit(VALID_SHEET, ["【Plan】今後の計画\n\n令和5年度\t予算額\t3,200 千円", "令和5年度\t予算額\t3,200 千円"]),
      errors: [{ messageId: "missingSection", line: 83, column: 1 }],
    },
    {
      name: "without 【Do】 and 【Action】",
      text: edit(VALID_SHEET, ["【Do】これまでの実績と現在の取組み\n\n令和4年度\t予算額\t3,100", "令和4年度\t予算額\t3,100"], ["【Action】今後に向けた改善点\n\n方針\t利用の", "方針\t利用の"]),
      errors: [
        { messageId: "missingSection", line: 83, column: 1 },
        { messageId: "missingSection", line: 83, column: 1 },
      ],
    },
    {
      name: "no 事業名 row",
      text: edit(VALID_SHEET, ["事業名\t移動図書館運行事業\t\n", ""]),
      errors: [{ messageId: "missingField", line: 83, column: 1 }],
    },
    {
      name: "a blank 担当, at the cell where it belongs",
      text: edit(VALID_SHEET, ["担当\t生涯学習課\t", "担当\t\t"]),
      errors: [{ messageId: "blankField", line: 29, column: 4 }],
    },
  ],
});
