import { VALID_SHEET, edit, testRule } from "../rule-tester.js";

testRule("main-project-mismatch", {
  valid: [
    { name: "every row has its sheet and every sheet its row", text: VALID_SHEET },
    { name: "spaces and fullwidth forms do not matter", text: edit(VALID_SHEET, ["学習機会の充実\t市民講座運営事業\t", "学習機会の充実\t市民講座　運営事業\t"]) },
    { name: "a file of 事業 sheets only", text: VALID_SHEET.slice(VALID_SHEET.indexOf("事業の説明")) },
  ],
  invalid: [
    {
      name: "a 主要事業 row with no sheet",
      text: edit(VALID_SHEET, ["中央図書館\n", "中央図書館\n文化財保護の推進\t郷土資料館運営事業\t文化振興課\n"]),
      errors: [{ messageId: "rowWithoutSheet", line: 10, column: 10 }],
    },
    { name: "a sheet missing from the table", text: edit(VALID_SHEET, ["読書環境の向上\t移動図書館運行事業\t中央図書館\n", ""]), errors: [{ messageId: "sheetNotInTable", line: 84, column: 5 }] },
    { name: "部署名 differs from 担当", text: edit(VALID_SHEET, ["市民講座運営事業\t生涯学習課", "市民講座運営事業\t社会教育課"]), errors: [{ messageId: "departmentDiffers", line: 8, column: 18 }] },
  ],
});
