// Copies the pinned browser libraries and their licence files from node_modules into ../Assets/lib, where the
// server embeds them. The copies are committed, so building and running Pathlight needs only the .NET SDK.
import { copyFileSync, mkdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const modules = join(here, "node_modules");
const lib = join(here, "..", "Assets", "lib");

const copies = [
  ["echarts/dist/echarts.min.js", "echarts/echarts.min.js"],
  ["echarts/LICENSE", "echarts/LICENSE"],
  ["echarts/NOTICE", "echarts/NOTICE"],
  ["echarts/licenses/LICENSE-d3", "echarts/LICENSE-d3"],
  // echarts.min.js bundles ZRender, whose BSD licence travels with it.
  ["zrender/LICENSE", "echarts/LICENSE-zrender"],
];

for (const [from, to] of copies) {
  const target = join(lib, to);
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(join(modules, from), target);
}

const version = JSON.parse(readFileSync(join(modules, "echarts", "package.json"), "utf8")).version;
console.log(`Vendored echarts ${version} into ${lib}`);
