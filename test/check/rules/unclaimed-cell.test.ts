import { VALID_SHEET, edit, testRule } from "../rule-tester.js";

testRule("unclaimed-cell", {
  valid: [{ name: "every cell of every read row claimed", text: VALID_SHEET }],
  invalid: [
    {
      name: "an extra 備考 column in 主要事業と関連部署, header and row",
      text: edit(VALID_SHEET, ["施策の方向\t事業名\t部署名\n学習機会の充実\t市民講座運営事業\t生涯学習課", "施策の方向\t事業名\t部署名\t備考\n学習機会の充実\t市民講座運営事業\t生涯学習課\t新規"]),
      errors: [{ messageId: "unclaimedCell", line: 7, column: 15 }, { messageId: "unclaimedCell", line: 8, column: 24 }],
    },
    {
      name: "a 目標 row with more cells than its header",
      text: edit(VALID_SHEET, ["受講者数を毎年度増やす。\t4,100人\t5,000人", "受講者数を毎年度増やす。\t4,100人\t5,000人\t6,000人"]),
      errors: [{ messageId: "unclaimedCell", line: 14, column: 54 }],
    },
    {
      name: "a 目標 header cell that is neither a label nor a year",
      text: edit(VALID_SHEET, ["方向性\t2017年\t2022年", "方向性\t2017年\t2022年\t所管"]),
      errors: [{ messageId: "unclaimedCell", line: 13, column: 28 }],
    },
    {
      name: "a 今後の成果目標 value under no year",
      text: edit(VALID_SHEET, ["令和6年度\t\t令和7年度\n5,000 人\t\t5,100 人", "令和6年度\t\t令和7年度\n5,000 人\t注\t5,100 人"]),
      errors: [{ messageId: "unclaimedCell", line: 81, column: 9 }],
    },
    {
      name: "a note after a marker",
      text: edit(VALID_SHEET, ["【Plan】今後の計画\n\n令和5年度\t予算額\t8,500", "【Plan】今後の計画\t（単位：千円）\n\n令和5年度\t予算額\t8,500"]),
      errors: [{ messageId: "unclaimedCell", line: 72, column: 13 }],
    },
    {
      name: "a field row's cell no label claims",
      text: edit(VALID_SHEET, ["予算科目\t一般会計 教育費 社会教育費\t\n", "予算科目\t一般会計 教育費 社会教育費\t備考あり\n"]),
      errors: [{ messageId: "unclaimedCell", line: 30, column: 21 }],
    },
  ],
});
