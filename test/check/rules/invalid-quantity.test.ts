import { VALID_SHEET, edit, testRule } from "../rule-tester.js";

testRule("invalid-quantity", {
  valid: [
    { name: "numbers with units", text: VALID_SHEET },
    { name: "not-applicable with a unit", text: edit(VALID_SHEET, ["成果実績\t\t4,300 人", "成果実績\t\t— 人"]) },
    { name: "an accounting negative", text: edit(VALID_SHEET, ["\tうち 特定財源\t800 千円", "\tうち 特定財源\t△1,200 千円"]) },
    { name: "fullwidth digits", text: edit(VALID_SHEET, ["成果実績\t\t4,300 人", "成果実績\t\t４，３００人"]) },
  ],
  invalid: [
    { name: "約 (about) before the number", text: edit(VALID_SHEET, ["成果実績\t\t4,700 人", "成果実績\t\t約5千人"]), errors: [{ messageId: "invalidQuantity", line: 58, column: 7 }] },
    { name: "a 目標 value of the 施策 sheet", text: edit(VALID_SHEET, ["\t4,100人\t", "\t約4千人\t"]), errors: [{ messageId: "invalidQuantity", line: 14, column: 40 }] },
    { name: "a text answer in place of the number (SPEC §7.3)", text: edit(VALID_SHEET, ["成果実績\t\t4,700 人", "成果実績\t\t把握困難"]), errors: [{ messageId: "invalidQuantity", line: 58, column: 7 }] },
    { name: "a 今後の成果目標 value", text: edit(VALID_SHEET, ["5,000 人\t\t5,100 人", "1,2,3人\t\t5,100 人"]), errors: [{ messageId: "invalidQuantity", line: 81, column: 1 }] },
  ],
});
