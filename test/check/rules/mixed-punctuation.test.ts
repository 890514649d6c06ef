import { VALID_SHEET, edit, testRule } from "../rule-tester.js";

const SECOND_SHEET = VALID_SHEET.indexOf("事業の説明\n\n事業名\t移動図書館運行事業");

testRule("mixed-punctuation", {
  valid: [
    { name: "every sheet keeps to ，and 。", text: VALID_SHEET },
    { name: "one sheet with 、 and another with ， (judged per sheet)", text: VALID_SHEET.slice(0, SECOND_SHEET) + VALID_SHEET.slice(SECOND_SHEET).replaceAll("，", "、") },
    { name: "ASCII commas and periods in numbers do not count", text: edit(VALID_SHEET, ["成果実績\t\t4,300 人", "成果実績\t\t4,300.5 人"]) },
  ],
  invalid: [
    { name: "a 、 among ，", text: edit(VALID_SHEET, ["方針\tオンライン講座を加え，", "方針\tオンライン講座を加え、"]), errors: [{ messageId: "mixedCommas", line: 54, column: 14 }] },
    { name: "a ． among 。 on the 施策 sheet", text: edit(VALID_SHEET, ["順調に増えている。", "順調に増えている．"]), errors: [{ messageId: "mixedPeriods", line: 24, column: 20 }] },
  ],
});
