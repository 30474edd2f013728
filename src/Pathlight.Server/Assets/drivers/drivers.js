// Draws the key-driver page's importance × performance quadrant with Apache ECharts (loaded by the layout before
// this script). The page's table holds the same numbers, so without this script nothing is lost but the picture.
(function () {
  "use strict";

  const colours = {
    fix_first: "#b3261e",
    keep_up: "#1e6b34",
    possible_overkill: "#7a4f01",
    low_priority: "#4a5560",
  };
  const labels = {
    fix_first: "Fix first",
    keep_up: "Keep up",
    possible_overkill: "Possible overkill",
    low_priority: "Low priority",
  };

  function escape(text) {
    return String(text).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
  }

  function quadrant(data) {
    const maxShare = Math.max(10, ...data.points.map((p) => p.share)) * 1.15;
    const series = Object.keys(labels).map((key) => ({
      name: labels[key],
      type: "scatter",
      symbolSize: 14,
      itemStyle: { color: colours[key] },
      label: { show: true, position: "right", formatter: (item) => item.data.name, color: "#1f2328" },
      labelLayout: { hideOverlap: false, moveOverlap: "shiftY" },
      data: data.points.filter((p) => p.quadrant === key).map((p) => ({ value: [p.share, p.performance], name: p.name, point: p })),
    }));
    series[0].markLine = {
      symbol: "none", silent: true,
      lineStyle: { color: "#4a5560", type: "dashed" },
      label: { formatter: (item) => (item.data.xAxis !== undefined ? "mean importance" : "mean score"), position: "end" },
      data: [{ xAxis: data.importance_cut }, { yAxis: data.performance_cut }],
    };
    return {
      animation: !window.matchMedia("(prefers-reduced-motion: reduce)").matches,
      textStyle: { fontFamily: "system-ui, sans-serif" },
      legend: { top: 0 },
      grid: { left: 56, right: 140, top: 48, bottom: 48, containLabel: true },
      tooltip: {
        trigger: "item",
        formatter: (item) => {
          const p = item.data.point;
          return [p.name, `Share of R² ${p.share.toFixed(1)}%`, `Mean score ${p.performance.toFixed(2)}`,
            `r ${p.r.toFixed(2)} (n = ${p.n})`, labels[p.quadrant]].map(escape).join("<br>");
        },
      },
      xAxis: { type: "value", min: 0, max: Math.ceil(maxShare / 5) * 5, name: "Importance (share of R², %)",
        nameLocation: "middle", nameGap: 30, axisLabel: { formatter: "{value}%" } },
      yAxis: { type: "value", min: 0, max: 10, name: "Performance (mean score 0–10)", nameLocation: "middle", nameGap: 36 },
      series: series,
    };
  }

  function draw() {
    if (typeof echarts === "undefined") return;
    document.querySelectorAll("[data-chart='drivers-quadrant']").forEach((element) => {
      const source = document.getElementById(element.dataset.source);
      if (!source) return;
      const chart = echarts.init(element, null, { renderer: "svg" });
      chart.setOption(quadrant(JSON.parse(source.textContent)));
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
