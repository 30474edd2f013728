// Draws the support view's with-against-without charts (data-chart="support-compare") with Apache ECharts: two bars
// per causing touchpoint, with a case and without, each with its 95% interval as an error bar. The page shows the
// same numbers as tables, so without this script nothing is lost but the pictures.
(function () {
  "use strict";

  const colours = { with: "#b3261e", without: "#0b57d0", whisker: "#1d2329" };
  const barShare = 0.35;
  const reducedMotion = window.matchMedia("(prefers-reduced-motion: reduce)").matches;

  function escape(text) {
    return String(text).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
  }

  function describe(label, m, unit) {
    if (!m) return `${label}: no data`;
    const interval = m.low !== null && m.high !== null ? ` (95% CI ${m.low.toFixed(1)} to ${m.high.toFixed(1)})` : "";
    return `${label}: ${m.value.toFixed(1)}${unit}${interval}, n = ${m.n}`;
  }

  // Bars of one group sit side by side (barGap 0), each barShare of the category's width, so the error bar of the
  // first is half a bar left of the category's centre and the second's half a bar right.
  function whiskers(name, measures, side) {
    return {
      name: name, type: "custom", z: 10, silent: true, tooltip: { show: false },
      data: measures.map((m, i) => (m && m.low !== null && m.high !== null ? [i, m.low, m.high] : [i, "-", "-"])),
      encode: { x: 0, y: [1, 2] },
      renderItem: (params, api) => {
        const low = api.value(1);
        const high = api.value(2);
        if (isNaN(low) || isNaN(high)) return null;
        const width = api.size([1, 0])[0] * barShare;
        const bottom = api.coord([api.value(0), low]);
        const top = api.coord([api.value(0), high]);
        const x = bottom[0] + side * width / 2;
        const cap = width / 4;
        const style = { stroke: colours.whisker, lineWidth: 1.5 };
        return {
          type: "group",
          children: [
            { type: "line", shape: { x1: x, y1: bottom[1], x2: x, y2: top[1] }, style: style },
            { type: "line", shape: { x1: x - cap, y1: bottom[1], x2: x + cap, y2: bottom[1] }, style: style },
            { type: "line", shape: { x1: x - cap, y1: top[1], x2: x + cap, y2: top[1] }, style: style },
          ],
        };
      },
    };
  }

  function compare(data) {
    const rows = data.rows;
    const withCase = rows.map((r) => r.with);
    const without = rows.map((r) => r.without);
    const bar = (name, measures, colour) => ({
      name: name, type: "bar", barWidth: `${barShare * 100}%`, barGap: "0%", itemStyle: { color: colour },
      data: measures.map((m) => (m ? m.value : "-")),
    });
    return {
      animation: !reducedMotion,
      textStyle: { fontFamily: "system-ui, sans-serif" },
      legend: { top: 0, data: ["With a case", "Without a case"] },
      grid: { left: 16, right: 16, top: 40, bottom: 8, containLabel: true },
      tooltip: {
        trigger: "axis", axisPointer: { type: "shadow" },
        formatter: (items) => {
          const i = items[0].dataIndex;
          return [rows[i].name, describe("With a case", withCase[i], data.unit), describe("Without a case", without[i], data.unit)]
            .map(escape).join("<br>");
        },
      },
      xAxis: { type: "category", data: rows.map((r) => r.name), axisLabel: { interval: 0, width: 110, overflow: "break", lineHeight: 16 } },
      yAxis: { type: "value", min: data.min, max: data.max === null ? undefined : data.max, axisLabel: { formatter: "{value}" + data.unit } },
      series: [
        bar("With a case", withCase, colours.with),
        bar("Without a case", without, colours.without),
        whiskers("With a case interval", withCase, -1),
        whiskers("Without a case interval", without, 1),
      ],
    };
  }

  function draw() {
    if (typeof echarts === "undefined") return;
    const charts = [];
    document.querySelectorAll("[data-chart='support-compare']").forEach((element) => {
      const source = document.getElementById(element.dataset.source);
      if (!source) return;
      const chart = echarts.init(element, null, { renderer: "svg" });
      chart.setOption(compare(JSON.parse(source.textContent)));
      element.dataset.drawn = "true";
      charts.push(chart);
    });
    window.addEventListener("resize", () => charts.forEach((c) => c.resize()));
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", draw);
  } else {
    draw();
  }
})();
