// Reads a V8 .cpuprofile (node --cpu-prof) and lists where the busy time went: by function and
// by file or package (self time, as shares of the samples that were not idle).
import { readFileSync } from "node:fs";
import path from "node:path";

interface ProfileNode {
  id: number;
  hitCount?: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

/** `windowMs`: only the samples of the profile's last so many milliseconds (the load, not the start-up). */
export function summarizeProfile(file: string, top: number, windowMs: number): string[] {
  const profile = JSON.parse(readFileSync(file, "utf8")) as { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; endTime: number; startTime: number };
  const hitsOf = new Map<number, number>();
  let t = profile.startTime;
  const from = profile.endTime - windowMs * 1000;
  profile.samples.forEach((id, i) => {
    t += profile.timeDeltas[i] ?? 0;
    if (t >= from) hitsOf.set(id, (hitsOf.get(id) ?? 0) + 1);
  });
  const byFunction = new Map<string, number>();
  const byFile = new Map<string, number>();
  let idle = 0;
  let busy = 0;
  for (const node of profile.nodes) {
    const hits = hitsOf.get(node.id) ?? 0;
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === "(idle)") {
      idle += hits;
      continue;
    }
    busy += hits;
    const where = url ? shorten(url) : functionName;
    const name = `${functionName || "(anonymous)"}  ${url ? `${where}:${lineNumber + 1}` : ""}`.trim();
    byFunction.set(name, (byFunction.get(name) ?? 0) + hits);
    const owner = where.startsWith("node:") ? "node internals" : where.includes("/") && !where.startsWith("server/") && !where.startsWith("shared/") ? where.split("/").slice(0, where.startsWith("@") ? 2 : 1).join("/") : where;
    byFile.set(owner, (byFile.get(owner) ?? 0) + hits);
  }
  const share = (hits: number) => `${((hits / busy) * 100).toFixed(1).padStart(5)}%`;
  const list = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top).map(([key, hits]) => `${share(hits)}  ${key}`);
  return [`idle ${((idle / (idle + busy)) * 100).toFixed(0)}% of the samples; of the busy time:`, "by file or package:", ...list(byFile), "by function:", ...list(byFunction)];
}

function shorten(url: string): string {
  const file = url.replace(/^file:\/\//, "");
  const at = file.lastIndexOf("node_modules/");
  return at >= 0 ? file.slice(at + "node_modules/".length) : file.startsWith("node:") ? file : path.relative(process.cwd(), file);
}
