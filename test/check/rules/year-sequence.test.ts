import { VALID_SHEET, edit, testRule } from "../rule-tester.js";

/** A 平成31年度 block and a 令和元年度 block (the same fiscal year 2019) after 令和2年度. */
function withYear2019(second: string): string {
  return edit(VALID_SHEET, ["当初の成果目標\t\t4,200 人\n", `当初の成果目標\t\t4,200 人\n\n平成31年度\t決算額\t5,000 千円\n\n令和元年度\t決算額\t${second}\n`]);
}

testRule("year-sequence", {
  valid: [
    { name: "actual < current < plan < future, consecutive", text: VALID_SHEET },
    { name: "平成31年度 and 令和元年度 agreeing", text: withYear2019("5,000 千円") },
  ],
  invalid: [
    { name: "actual years that skip one", text: edit(VALID_SHEET, ["令和2年度\t決算額\t6,800", "令和元年度\t決算額\t6,800"]), errors: [{ messageId: "yearGap", line: 56, column: 1 }] },
    {
      name: "an actual year after the current year",
      text: edit(VALID_SHEET, ["令和4年度\t予算額\t3,100", "令和2年度\t予算額\t3,100"]),
      errors: [
        { messageId: "phaseOrder", line: 104, column: 1 },
        { messageId: "yearGap", line: 122, column: 1 },
      ],
    },
    { name: "a 今後の成果目標 year not after the plan year", text: edit(VALID_SHEET, ["令和6年度\t\t令和7年度\n64 %", "令和5年度\t\t令和6年度\n64 %"]), errors: [{ messageId: "futureTargetOrder", line: 128, column: 1 }] },
    { name: "今後の成果目標 years that skip one", text: edit(VALID_SHEET, ["令和6年度\t\t令和7年度\n5,000 人", "令和7年度\t\t令和8年度\n5,000 人"]), errors: [{ messageId: "yearGap", line: 80, column: 1 }] },
    {
      name: "【Check】 naming an older year",
      text: edit(VALID_SHEET, ["【Check】令和3年度実績の評価と分析\n\n評価\t受講者は", "【Check】令和2年度実績の評価と分析\n\n評価\t受講者は"]),
      errors: [{ messageId: "checkYear", line: 47, column: 1 }],
    },
    { name: "平成31年度 and 令和元年度 with different 決算額", text: withYear2019("5,100 千円"), errors: [{ messageId: "duplicateField", line: 70, column: 11 }] },
  ],
});
