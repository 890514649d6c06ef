import { VALID_SHEET, edit, testRule } from "../rule-tester.js";

testRule("target-not-met", {
  valid: [
    { name: "actuals at or above their targets", text: VALID_SHEET },
    { name: "equal to the target", text: edit(VALID_SHEET, ["成果実績\t\t4,700 人", "成果実績\t\t4,600 人"]) },
    { name: "a not-applicable target", text: edit(VALID_SHEET, ["当初の成果目標\t\t4,600 人", "当初の成果目標\t\t— 人"]) },
  ],
  invalid: [
    { name: "成果実績 below 当初の成果目標", text: edit(VALID_SHEET, ["成果実績\t\t4,700 人", "成果実績\t\t4,500 人"]), errors: [{ messageId: "belowInitialTarget", line: 58, column: 7 }] },
    { name: "in %", text: edit(VALID_SHEET, ["成果実績\t\t61 %", "成果実績\t\t59 %"]), errors: [{ messageId: "belowInitialTarget", line: 106, column: 7 }] },
  ],
});
