// Draws the running-experience chart of a customer's timeline with Apache ECharts, from the numbers in the
// <script type="application/json"> element its data-source names; the page shows the same numbers as a table.
(function () {
  "use strict";

  function escape(text) {
    return String(text).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
  }

  function option(points) {
    const labels = points.map((p) => p.at.slice(0, 10) + "\n" + p.touchpoint_name);
    return {
      animation: !window.matchMedia("(prefers-reduced-motion: reduce)").matches,
      textStyle: { fontFamily: "system-ui, sans-serif" },
      legend: { top: 0, data: ["Running experience", "Answer score"] },
      grid: { left: 48, right: 16, top: 40, bottom: 16, containLabel: true },
      tooltip: {
        trigger: "axis",
        formatter: (items) => {
          const p = points[items[0].dataIndex];
          return [p.at.slice(0, 16).replace("T", " ") + " UTC", p.touchpoint_name,
            `Score ${p.score}`, `Running experience ${p.running.toFixed(2)} (${p.answers} answers)`].map(escape).join("<br>");
        },
      },
      xAxis: { type: "category", data: labels, axisLabel: { interval: 0, width: 110, overflow: "truncate", hideOverlap: true, margin: 12, lineHeight: 15 } },
      yAxis: { type: "value", min: 0, max: 10, name: "0–10", nameLocation: "middle", nameGap: 32 },
      series: [
        { name: "Running experience", type: "line", data: points.map((p) => Number(p.running.toFixed(2))), symbolSize: 7,
          lineStyle: { width: 3, color: "#0b57d0" }, itemStyle: { color: "#0b57d0" } },
        { name: "Answer score", type: "scatter", data: points.map((p) => p.score), symbol: "diamond", symbolSize: 11,
          itemStyle: { color: "#7a4f01" } },
      ],
    };
  }

  function draw() {
    if (typeof echarts === "undefined") return;
    document.querySelectorAll('[data-chart="running-experience"]').forEach((element) => {
      const source = document.getElementById(element.dataset.source);
      if (!source) return;
      const chart = echarts.init(element, null, { renderer: "svg" });
      chart.setOption(option(JSON.parse(source.textContent)));
      element.dataset.drawn = "true";
      if (typeof ResizeObserver !== "undefined") new ResizeObserver(() => chart.resize()).observe(element);
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", draw);
  } else {
    draw();
  }
})();
