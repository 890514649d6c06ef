import { describe, expect, it } from "vitest";
import { junit } from "../../src/report/reporters/junit.js";
import { escapeXml, escapeXmlAttribute } from "../../src/report/xml.js";
import { sampleContext } from "./sample.js";

const SUITE = "sheets/みどり野市.txt";

describe("junit reporter", () => {
  it("has one testsuite per file and one testcase per rule; infos go to system-out, an off rule is skipped", () => {
    expect(junit(sampleContext())).toBe(`<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="sheetparse" tests="11" failures="3" errors="1">
  <testsuite name="${SUITE}" tests="5" failures="3" errors="0" skipped="1">
    <testcase classname="${SUITE}" name="required-field">
      <failure message="【Action】方針 is blank (事業 &quot;市民講座運営事業&quot;)" type="warning">9:4 warning 【Action】方針 is blank (事業 &quot;市民講座運営事業&quot;)</failure>
    </testcase>
    <testcase classname="${SUITE}" name="invalid-quantity">
      <failure message="令和3年度 成果実績 &quot;約5千人&quot; is not a number" type="error">33:7 error 令和3年度 成果実績 &quot;約5千人&quot; is not a number</failure>
    </testcase>
    <testcase classname="${SUITE}" name="year-sequence">
      <failure message="令和8年度 follows 令和6年度: 100% sure, a,b:c &lt;&amp;&gt;&#10;next" type="error">120:8 error 令和8年度 follows 令和6年度: 100% sure, a,b:c &lt;&amp;&gt;
next</failure>
    </testcase>
    <testcase classname="${SUITE}" name="mixed-punctuation">
      <system-out>120:1 info Sheet mixes &quot;，&quot; and &quot;、&quot;</system-out>
    </testcase>
    <testcase classname="${SUITE}" name="unit-mismatch">
      <skipped/>
    </testcase>
  </testsuite>
  <testsuite name="clean.txt" tests="5" failures="0" errors="0" skipped="1">
    <testcase classname="clean.txt" name="required-field"/>
    <testcase classname="clean.txt" name="invalid-quantity"/>
    <testcase classname="clean.txt" name="year-sequence"/>
    <testcase classname="clean.txt" name="mixed-punctuation"/>
    <testcase classname="clean.txt" name="unit-mismatch">
      <skipped/>
    </testcase>
  </testsuite>
  <testsuite name="missing.txt" tests="1" failures="0" errors="1" skipped="0">
    <testcase classname="missing.txt" name="fatal">
      <error message="no such file or directory" type="error">1:1 error no such file or directory</error>
    </testcase>
  </testsuite>
</testsuites>
`);
  });

  it.each([
    ["a & b < c > d \"e\" 'f'", "a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos;"],
    ["NUL\u0000 ESC\u001b VT\u000b gone", "NUL ESC VT gone"],
    ["\uFFFE\uFFFF\uD800 lone surrogate and non-characters", " lone surrogate and non-characters"],
    ["tab\tand\nnewline kept in content", "tab\tand\nnewline kept in content"],
    ["𠮟 (outside the BMP) kept", "𠮟 (outside the BMP) kept"],
  ])("content: %j → %j", (text, escaped) => {
    expect(escapeXml(text)).toBe(escaped);
  });

  it("writes line breaks and tabs in attributes as character references", () => {
    expect(escapeXmlAttribute("a\tb\r\nc")).toBe("a&#9;b&#13;&#10;c");
  });
});
