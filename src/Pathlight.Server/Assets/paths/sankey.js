// Draws the paths page's flow as an ECharts Sankey diagram. The element has data-chart="sankey" and
// data-source="<id of a <script type="application/json"> element>" holding {nodes, links} built on the server;
// each node already carries its column (depth), so the graph is acyclic by construction. dashboard.js skips this
// chart kind; the page shows the same moves as a table, so without this script only the picture is lost.
(function () {
  "use strict";

  const colours = {
    planned: "#0b57d0",
    unintentional: "#7a4f01",
    support: "#b3261e",
    start: "#4a5560",
    end: "#4a5560",
    more: "#7b8794",
    left: "#aab4be",
  };

  const reducedMotion = window.matchMedia("(prefers-reduced-motion: reduce)").matches;

  function escape(text) {
    return String(text).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
  }

  function count(value) {
    return Number(value).toLocaleString("en-US");
  }

  function describe(node) {
    return node.step ? `${node.text} (visit ${node.step})` : node.text;
  }

  function option(data) {
    const byName = new Map(data.nodes.map((n) => [n.name, { text: n.label, step: n.step }]));
    return {
      animation: !reducedMotion,
      textStyle: { fontFamily: "system-ui, sans-serif" },
      tooltip: {
        trigger: "item",
        formatter: (item) => {
          if (item.dataType === "edge") {
            const source = byName.get(item.data.source);
            const target = byName.get(item.data.target);
            return escape(`${describe(source)} → ${describe(target)}: ${count(item.data.value)} customers`);
          }
          return escape(`${describe(item.data)}: ${count(item.value)} customers`);
        },
      },
      series: [{
        type: "sankey",
        left: 8,
        right: 120,
        top: 16,
        bottom: 16,
        nodeGap: 10,
        nodeWidth: 14,
        draggable: false,
        layoutIterations: 32,
        emphasis: { focus: "adjacency" },
        lineStyle: { color: "gradient", opacity: 0.35, curveness: 0.5 },
        label: { formatter: (p) => p.data.text, fontSize: 11, width: 110, overflow: "truncate" },
        // "label" is an ECharts option of its own, so the node's name for people travels as "text".
        data: data.nodes.map((n) => ({
          name: n.name, depth: n.depth, text: n.label, step: n.step,
          itemStyle: { color: colours[n.kind] || colours.planned },
        })),
        // Leaving is drawn in a quiet grey so the moves between touchpoints stand out.
        links: data.links.map((l) => ({
          source: l.source, target: l.target, value: l.value,
          lineStyle: l.target === "(end)" ? { color: colours.left, opacity: 0.3 } : undefined,
        })),
      }],
    };
  }

  function draw() {
    if (typeof echarts === "undefined") return;
    const charts = [];
    document.querySelectorAll('[data-chart="sankey"]').forEach((element) => {
      const source = document.getElementById(element.dataset.source);
      if (!source) return;
      const chart = echarts.init(element, null, { renderer: "svg" });
      chart.setOption(option(JSON.parse(source.textContent)));
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
