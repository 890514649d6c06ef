import { VALID_SHEET, edit, testRule } from "../rule-tester.js";

testRule("unit-mismatch", {
  valid: [
    { name: "all in 単位 人, or all in %", text: VALID_SHEET },
    { name: "a blank with the unit counts as that unit", text: edit(VALID_SHEET, ["5,000 人\t\t5,100 人", "人\t\t5,100 人"]) },
    { name: "a number without a unit does not count", text: edit(VALID_SHEET, ["成果実績\t\t61 %", "成果実績\t\t61"]) },
    { name: "fullwidth ％ is %", text: edit(VALID_SHEET, ["成果実績\t\t61 %", "成果実績\t\t61％"]) },
  ],
  invalid: [
    { name: "differs from 成果指標's 単位", text: edit(VALID_SHEET, ["成果実績\t\t4,700 人", "成果実績\t\t4,700 件"]), errors: [{ messageId: "differsFromIndicator", line: 58, column: 7 }] },
    { name: "differs from the others without a 単位", text: edit(VALID_SHEET, ["成果実績\t\t61 %", "成果実績\t\t61 人"]), errors: [{ messageId: "differsFromMajority", line: 106, column: 7 }] },
    { name: "a unit-only blank in another unit", text: edit(VALID_SHEET, ["64 %\t\t65 %", "64 %\t\t回"]), errors: [{ messageId: "differsFromMajority", line: 129, column: 7 }] },
  ],
});
