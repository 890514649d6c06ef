import { VALID_SHEET, edit, testRule } from "../rule-tester.js";

testRule("position-mismatch", {
  valid: [
    { name: "positions agree", text: VALID_SHEET },
    {
      name: "， against 、 is not a difference",
      text: edit(VALID_SHEET, ["施策の目的\t誰もが生涯にわたり学び，地域で活躍できる環境を整える\n施策\t生涯学習の推進\n施策の方向\t学習機会の充実", "施策の目的\t誰もが生涯にわたり学び、地域で活躍できる環境を整える\n施策\t生涯学習の推進\n施策の方向\t学習機会の充実"]),
    },
  ],
  invalid: [
    {
      name: "施策の大綱 differs",
      text: edit(VALID_SHEET, ["施策の大綱\t学びと文化を育むまちづくり\n施策の目的\t誰もが生涯にわたり学び，地域で活躍できる環境を整える\n施策\t生涯学習の推進\n施策の方向\t学習機会の充実", "施策の大綱\t学びと芸術を育むまちづくり\n施策の目的\t誰もが生涯にわたり学び，地域で活躍できる環境を整える\n施策\t生涯学習の推進\n施策の方向\t学習機会の充実"]),
      errors: [{ messageId: "positionDiffers", line: 34, column: 7 }],
    },
    { name: "施策の方向 differs from the 主要事業 row", text: edit(VALID_SHEET, ["施策の方向\t読書環境の向上", "施策の方向\t読書環境の充実"]), errors: [{ messageId: "directionDiffers", line: 94, column: 7 }] },
  ],
});
