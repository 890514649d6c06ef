import { describe, expect, it } from "vitest";
import { barChart, niceTicks, type BarChartSpec } from "../../../src/emit/html/charts.js";

const spec: BarChartSpec = {
  id: "c1",
  title: "目標と<実績>",
  desc: "年度ごとの棒グラフ",
  categories: [["令和2年度", "(2020)"], ["令和3年度", "(2021)"], ["令和4年度"]],
  series: [
    { name: "目標", className: "s-target", values: [71, 72, 75] },
    { name: "実績", className: "s-actual", values: [69.1, 70.5, null] },
  ],
  annotations: { series: 1, labels: ["97.3%", "97.9%", null] },
  unit: "%",
  formatTick: String,
};

describe("niceTicks", () => {
  it.each([
    [0, 75, [0, 20, 40, 60, 80]],
    [0, 13_000, [0, 5000, 10_000, 15_000]],
    [-3, 8, [-5, 0, 5, 10]],
    [0, 0, [0, 1]],
    [0, 0.4, [0, 0.1, 0.2, 0.3, 0.4]],
  ])("[%d, %d] → %j", (min, max, ticks) => {
    expect(niceTicks(min, max)).toEqual(ticks);
  });
});

describe("barChart", () => {
  const svg = barChart(spec).text;

  it("names itself for assistive technology", () => {
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="c1-title c1-desc"/);
    expect(svg).toContain('<title id="c1-title">目標と&lt;実績&gt;</title>');
    expect(svg).toContain('<desc id="c1-desc">年度ごとの棒グラフ</desc>');
  });

  it("draws one bar per value and one label per rate", () => {
    expect(svg.match(/<rect class="s-target" x="[\d.]+" y="[\d.]+" width/g)).toHaveLength(3);
    expect(svg.match(/<rect class="s-actual" x="[\d.]+" y="[\d.]+" width/g)).toHaveLength(2);
    expect(svg.match(/class="annotation"/g)).toHaveLength(2);
    expect(svg).toContain(">97.9%</text>");
  });

  it("puts the Western year on a second line", () => {
    expect(svg).toMatch(/令和2年度<tspan [^>]*>\(2020\)<\/tspan>/);
  });

  it("draws nothing without numbers", () => {
    expect(barChart({ ...spec, series: [{ name: "目標", className: "s-target", values: [null, null, null] }] }).text).not.toContain("<svg");
  });
});
