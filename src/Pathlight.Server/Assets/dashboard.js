// Draws the dashboard's charts with Apache ECharts. Each chart is an element with data-chart="<kind>" and
// data-source="<id of a <script type="application/json"> element>" holding its numbers; the page already shows
// the same numbers as tables, so without this script nothing is lost but the pictures.
(function () {
  "use strict";

  const colours = {
    score: "#0b57d0",
    band: "rgba(11, 87, 208, 0.25)",
    stated: "#b3261e",
    expected: "#7a4f01",
    met: "#0b57d0",
    back: "#1e6b34",
    recommend: "#5b2a9e",
    target: "#b3261e",
    rule: "#4a5560",
  };

  const reducedMotion = window.matchMedia("(prefers-reduced-motion: reduce)").matches;

  function missing(value) {
    return value === null || value === undefined ? "-" : value;
  }

  function round(value, decimals) {
    return value === null || value === undefined || value === "-" ? "no data" : Number(value).toFixed(decimals);
  }

  // A 95% band as two stacked series: an invisible lower bound and the width above it. stackStrategy "all"
  // stacks a positive width on a negative bound too (the default stacks only values of the same sign).
  function band(name, measures, colour, stack) {
    const low = measures.map((m) => (m && m.low !== null ? m.low : "-"));
    const width = measures.map((m) => (m && m.low !== null && m.high !== null ? m.high - m.low : "-"));
    return [
      { name: name + " (lower)", type: "line", data: low, stack: stack, stackStrategy: "all", symbol: "none", silent: true,
        lineStyle: { opacity: 0 }, tooltip: { show: false }, legendHoverLink: false },
      { name: name, type: "line", data: width, stack: stack, stackStrategy: "all", symbol: "none", silent: true,
        lineStyle: { opacity: 0 }, areaStyle: { color: colour }, itemStyle: { color: colour }, tooltip: { show: false } },
    ];
  }

  function base(extra) {
    return Object.assign({
      animation: !reducedMotion,
      textStyle: { fontFamily: "system-ui, sans-serif" },
      grid: { left: 48, right: 16, top: 40, bottom: 60, containLabel: true },
      tooltip: { trigger: "axis" },
    }, extra);
  }

  function emotion(data) {
    const names = data.map((p) => p.name);
    const stated = data.map((p) => (p.stated ? p.stated.value : "-"));
    const expected = data.map((p) => missing(p.expected));
    const series = band("95% interval", data.map((p) => p.score), colours.band, "score")
      .concat([
        { name: "Mean score", type: "line", data: data.map((p) => (p.score ? p.score.value : "-")),
          symbolSize: 8, lineStyle: { width: 3, color: colours.score }, itemStyle: { color: colours.score } },
      ]);
    const legend = ["Mean score", "95% interval"];
    if (stated.some((v) => v !== "-")) {
      series.push({ name: "Customers' stated expectation", type: "line", data: stated, symbol: "diamond", symbolSize: 8,
        lineStyle: { type: "dashed", width: 2, color: colours.stated }, itemStyle: { color: colours.stated } });
      legend.push("Customers' stated expectation");
    }
    if (expected.some((v) => v !== "-")) {
      series.push({ name: "Expected score (journey file)", type: "line", data: expected, symbol: "rect", symbolSize: 7,
        lineStyle: { type: "dotted", width: 2, color: colours.expected }, itemStyle: { color: colours.expected } });
      legend.push("Expected score (journey file)");
    }
    return base({
      legend: { data: legend, top: 0 },
      tooltip: {
        trigger: "axis",
        formatter: (items) => {
          const p = data[items[0].dataIndex];
          const lines = [p.name];
          if (p.score) lines.push(`Mean score ${round(p.score.value, 2)} (95% CI ${round(p.score.low, 2)} to ${round(p.score.high, 2)}, n = ${p.score.n})`);
          if (p.stated) lines.push(`Stated expectation ${round(p.stated.value, 2)} (n = ${p.stated.n})`);
          else if (p.expected !== null) lines.push(`Expected score ${round(p.expected, 1)} (journey file)`);
          return lines.map(escape).join("<br>");
        },
      },
      grid: { left: 56, right: 16, top: 64, bottom: 16, containLabel: true },
      xAxis: { type: "category", data: names, axisLabel: { interval: 0, rotate: 30, width: 120, overflow: "truncate" } },
      yAxis: { type: "value", min: 0, max: 10, name: "Score (0–10)", nameLocation: "middle", nameGap: 32 },
      series: series,
    });
  }

  function questions(data) {
    const rows = data.touchpoints.slice().reverse();
    const bar = (name, key, colour) => ({
      name: name, type: "bar", itemStyle: { color: colour },
      data: rows.map((r) => (r.questions[key] ? Number(r.questions[key].value.toFixed(1)) : "-")),
    });
    const series = [
      bar("Expectations met", "met", colours.met),
      bar("Would come back", "return", colours.back),
      bar("Would recommend", "recommend", colours.recommend),
    ];
    series[0].markLine = {
      symbol: "none", silent: true, label: { formatter: `Target ${data.target}%`, position: "end" },
      lineStyle: { color: colours.target, type: "dashed", width: 2 }, data: [{ xAxis: data.target }],
    };
    return base({
      legend: { top: 0 },
      grid: { left: 8, right: 24, top: 64, bottom: 8, containLabel: true },
      tooltip: { trigger: "axis", axisPointer: { type: "shadow" }, valueFormatter: (v) => (v === "-" ? "no data" : v + "%") },
      xAxis: { type: "value", min: 0, max: 100, axisLabel: { formatter: "{value}%" } },
      yAxis: { type: "category", data: rows.map((r) => r.name), axisLabel: { width: 130, overflow: "truncate" } },
      series: series,
    });
  }

  function trend(data, measure) {
    const points = data.points;
    const labels = points.map((p) => p.start.slice(0, 10));
    const values = points.map((p) => p[measure]);
    const gap = measure === "gap";
    const line = {
      name: gap ? "Gap" : "NPS", type: "line", connectNulls: false, symbolSize: 6,
      data: values.map((m) => (m ? m.value : "-")),
      lineStyle: { width: 2, color: colours.score }, itemStyle: { color: colours.score },
    };
    const rules = gap ? [0, -data.tolerance] : [0];
    line.markLine = {
      symbol: "none", silent: true, label: { show: false },
      lineStyle: { color: colours.rule, type: "dashed" }, data: rules.map((y) => ({ yAxis: y })),
    };
    return base({
      grid: { left: 8, right: 28, top: 16, bottom: 8, containLabel: true },
      tooltip: {
        trigger: "axis",
        formatter: (items) => {
          const i = items[0].dataIndex;
          const m = values[i];
          const head = points[i].label;
          if (!m) return escape(`${head}: no data`);
          const d = gap ? 2 : 0;
          return escape(`${head}`) + "<br>" +
            escape(`${line.name} ${round(m.value, d)} (95% CI ${round(m.low, d)} to ${round(m.high, d)}, n = ${m.n})`);
        },
      },
      xAxis: { type: "category", data: labels, axisLabel: { hideOverlap: true } },
      yAxis: gap ? { type: "value", scale: true, name: "" } : { type: "value", min: -100, max: 100 },
      series: band("95% interval", values, colours.band, measure).concat([line]),
    });
  }

  function escape(text) {
    return String(text).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
  }

  const builders = {
    emotion: (data) => emotion(data),
    questions: (data) => questions(data),
    "trend-gap": (data) => trend(data, "gap"),
    "trend-nps": (data) => trend(data, "nps"),
  };

  function draw() {
    if (typeof echarts === "undefined") return;
    const charts = [];
    document.querySelectorAll("[data-chart]").forEach((element) => {
      const source = document.getElementById(element.dataset.source);
      const build = builders[element.dataset.chart];
      if (!source || !build) return;
      const chart = echarts.init(element, null, { renderer: "svg" });
      chart.setOption(build(JSON.parse(source.textContent)));
      element.dataset.drawn = "true";
      charts.push(chart);
    });
    if (typeof ResizeObserver !== "undefined") {
      const observer = new ResizeObserver(() => charts.forEach((c) => c.resize()));
      charts.forEach((c) => observer.observe(c.getDom()));
    } else {
      window.addEventListener("resize", () => charts.forEach((c) => c.resize()));
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", draw);
  } else {
    draw();
  }
})();
