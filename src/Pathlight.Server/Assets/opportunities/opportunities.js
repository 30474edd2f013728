// Draws the opportunities page's priority chart (data-chart="opportunity-priority") with Apache ECharts: one horizontal
// bar per opportunity, highest priority on top, split into its loyalty and support parts. The page shows the same
// numbers as a table, so without this script nothing is lost but the picture.
(function () {
  "use strict";

  const colours = { loyalty: "#5b2a9e", support: "#b3261e" };
  const reducedMotion = window.matchMedia("(prefers-reduced-motion: reduce)").matches;

  function escape(text) {
    return String(text).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
  }

  function option(data) {
    const bars = data.bars.slice().reverse();
    const series = (name, key, colour) => ({
      name: name, type: "bar", stack: "priority", itemStyle: { color: colour }, data: bars.map((b) => b[key]),
    });
    return {
      animation: !reducedMotion,
      textStyle: { fontFamily: "system-ui, sans-serif" },
      legend: { top: 0, data: ["Loyalty", "Support"] },
      grid: { left: 16, right: 24, top: 36, bottom: 8, containLabel: true },
      tooltip: {
        trigger: "axis", axisPointer: { type: "shadow" },
        formatter: (items) => {
          const b = bars[items[0].dataIndex];
          return [b.name + (b.owner ? ` (${b.owner})` : ""), `Priority: ${b.priority.toFixed(2)}%`,
            `Loyalty: ${b.loyalty.toFixed(2)}%`, `Support: ${b.support.toFixed(2)}%`].map(escape).join("<br>");
        },
      },
      xAxis: { type: "value", axisLabel: { formatter: "{value}%" }, name: "% of customers", nameLocation: "middle", nameGap: 28 },
      yAxis: { type: "category", data: bars.map((b) => b.name), axisLabel: { width: 160, overflow: "truncate" } },
      series: [series("Loyalty", "loyalty", colours.loyalty), series("Support", "support", colours.support)],
    };
  }

  function draw() {
    if (typeof echarts === "undefined") return;
    const charts = [];
    document.querySelectorAll("[data-chart='opportunity-priority']").forEach((element) => {
      const source = document.getElementById(element.dataset.source);
      if (!source) return;
      const data = JSON.parse(source.textContent);
      element.style.height = `${Math.max(160, 60 + 40 * data.bars.length)}px`;
      const chart = echarts.init(element, null, { renderer: "svg" });
      chart.setOption(option(data));
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
