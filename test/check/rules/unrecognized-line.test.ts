import { VALID_SHEET, edit, testRule } from "../rule-tester.js";

testRule("unrecognized-line", {
  valid: [
    { name: "every line understood", text: VALID_SHEET },
    { name: "layout leftovers are not content", text: `${VALID_SHEET}\nNEXT CYCLE\n- 3 -\n` },
  ],
  invalid: [
    { name: "a garbage line before the first sheet", text: `@@ 印刷用 @@\n${VALID_SHEET}`, errors: [{ messageId: "unrecognizedLine", line: 1, column: 1 }] },
    { name: "a garbage line in 【Plan】", text: edit(VALID_SHEET, ["【Plan】今後の計画\n\n令和5年度\t予算額\t8,500", "【Plan】今後の計画\n  ＃＃＃\n令和5年度\t予算額\t8,500"]), errors: [{ messageId: "unrecognizedLine", line: 73, column: 3 }] },
  ],
});
