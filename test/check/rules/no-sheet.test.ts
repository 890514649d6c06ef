import { VALID_SHEET, testRule } from "../rule-tester.js";

const README = "# sheetparse\n\nParse and lint sheets.\n\n## Quick start\n\nnpm ci\n";

testRule("no-sheet", {
  valid: [
    { name: "a sheet", text: VALID_SHEET },
    { name: "a sheet with a few unrecognised lines", text: `印刷日 2024/04/01\n${VALID_SHEET}` },
  ],
  invalid: [
    { name: "an empty input", text: "", errors: [{ messageId: "emptyInput", line: 1, column: 1 }] },
    { name: "blank lines and layout only", text: "\n  \n----\t----\n- 1 -\n", errors: [{ messageId: "emptyInput", line: 1, column: 1 }] },
    { name: "a README", text: README, errors: [{ messageId: "noSheet", line: 1, column: 1 }] },
    {
      name: "a sheet drowned in lines of another template",
      text: `${"区分\t令和4年度\t令和5年度\n".repeat(200)}${VALID_SHEET}`,
      errors: [{ messageId: "mostlyUnrecognized", line: 1, column: 1 }],
    },
  ],
});
