import { describe, expect, it } from "vitest";
import { escapeHtml, html, join, trusted, SafeHtml } from "../../../src/emit/html/escape.js";

describe("escapeHtml", () => {
  it.each([
    ["<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"],
    [`" onmouseover="x`, "&quot; onmouseover=&quot;x"],
    ["'single'", "&#39;single&#39;"],
    ["a & b", "a &amp; b"],
    ["&amp;", "&amp;amp;"],
    ["防災・減災対策の推進", "防災・減災対策の推進"],
    ["", ""],
  ])("%j → %j", (input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });
});

describe("html template", () => {
  it("escapes interpolated text and numbers, keeps the literal markup", () => {
    expect(html`<p title="${`"x"`}">${"<b>"}${42}</p>`.text).toBe(`<p title="&quot;x&quot;">&lt;b&gt;42</p>`);
  });

  it("inserts SafeHtml as is, so nested templates are escaped once", () => {
    const inner = html`<em>${"<i>"}</em>`;
    expect(html`<p>${inner}</p>`.text).toBe("<p><em>&lt;i&gt;</em></p>");
  });

  it("renders arrays and skips null and undefined", () => {
    expect(html`<ul>${["<a>", html`<li>b</li>`, null, undefined, [1, [2]]]}</ul>`.text).toBe("<ul>&lt;a&gt;<li>b</li>12</ul>");
  });

  it("passes only SafeHtml unescaped: trusted() and join()", () => {
    expect(html`${trusted("<br>")}`.text).toBe("<br>");
    expect(join(["<", trusted(">")]).text).toBe("&lt;>");
    expect(trusted("x")).toBeInstanceOf(SafeHtml);
  });
});
