/**
 * `npm run bench:client`: three figures for the browser client, measured on the built client
 * (dist/) served by a real server on a loopback port, in Debian's headless Chromium.
 *
 *   (a) gzip size of the JavaScript loaded before the lobby is usable   aim ≤ 150 KB
 *   (b) time to an interactive lobby with a 4× CPU slow-down            aim ≤ 1.5 s
 *   (c) CPU used by an idle match page                                   aim ≤ 2% of one core
 *
 * (b) and (c) are measured on a laptop's viewport and on a phone's (390×844, touch), and the
 * translation bundles (Ukrainian, German, French: lazy chunks) are weighed beside (a).
 * Bounded in time (it gives up after six minutes) and loopback only.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium, type Browser, type Page } from "playwright-core";
import { startServer } from "../server/app";

const DIST = "dist";
const RUNS = 3;
const IDLE_SECONDS = 10;
const AIMS = { entryKB: 150, lobbyMs: 1500, idlePercent: 2 };
const VIEWPORTS = {
  laptop: { viewport: { width: 1280, height: 720 } },
  phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
} as const;
type ViewportName = keyof typeof VIEWPORTS;

const giveUp = setTimeout(() => {
  console.error("bench:client: gave up after 6 minutes");
  process.exit(2);
}, 360_000);
giveUp.unref();

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const gz = (file: string): number => gzipSync(readFileSync(file)).length;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const verdict = (ok: boolean): string => (ok ? "ok" : "OVER THE AIM");

/** The scripts index.html loads and preloads: what every visitor downloads before anything else. */
function entryScripts(): string[] {
  const html = readFileSync(path.join(DIST, "index.html"), "utf8");
  const srcs = [...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g), ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g)].map((m) => m[1]!);
  return [...new Set(srcs)].map((src) => path.join(DIST, src.replace(/^\//, "")));
}

/** The built translation chunks (shared/i18n/locales/lang-xx.ts → dist/assets/lang-xx-HASH.js), gzip. */
function translationChunks(): [string, number][] {
  const assets = path.join(DIST, "assets");
  return readdirSync(assets)
    .filter((f) => /^lang-[a-z]{2}-.*\.js$/.test(f))
    .sort()
    .map((f) => [f.slice(0, 7), gz(path.join(assets, f))]);
}

async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
}

async function screen(page: Page, name: string, timeout = 30_000): Promise<void> {
  await page.waitForFunction((s) => window.__DETENTE__?.screen === s, name, { timeout, polling: 10 });
}

/**
 * Marks, inside the page, when each screen first appears and when "Create match" is clicked:
 * the screen and the test hook change in the same task, so a MutationObserver sees both.
 */
const MARKS = `
  window.__BENCH__ = {};
  new MutationObserver(() => {
    const screen = window.__DETENTE__ && window.__DETENTE__.screen;
    if (screen && !(screen in window.__BENCH__)) window.__BENCH__[screen] = performance.now();
  }).observe(document, { subtree: true, childList: true });
  document.addEventListener("click", (event) => {
    if (event.target instanceof Element && event.target.closest("#create-button")) window.__BENCH__.create = performance.now();
  }, true);
`;
type Marks = Record<string, number>;

/** (a) and (b): one cold visit with a 4× slower CPU, up to the lobby after "Create match". */
async function visitToLobby(browser: Browser, url: string, on: ViewportName): Promise<{ titleMs: number; lobbyMs: number; jsBytes: Map<string, number> }> {
  const context = await browser.newContext({ ...VIEWPORTS[on] });
  await context.addInitScript(MARKS);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await page.goto(url);
  await screen(page, "title");
  await page.locator("#create-name").fill("Bench");
  await page.getByRole("button", { name: "Create match" }).click();
  await screen(page, "lobby");
  // Scripts asked for before the lobby appeared; what it prefetches afterwards (Phaser, while
  // the player reads the briefing cards) is not needed for it to be usable.
  const { marks, scripts } = await page.evaluate(() => {
    const marks = (window as unknown as { __BENCH__: Marks }).__BENCH__;
    const scripts = performance
      .getEntriesByType("resource")
      .filter((e) => e.name.endsWith(".js") && e.startTime < (marks.lobby ?? Infinity))
      .map((e) => new URL(e.name).pathname);
    return { marks, scripts };
  });
  await context.close();
  const jsBytes = new Map<string, number>();
  for (const script of scripts) {
    const file = path.join(DIST, script);
    if (existsSync(file)) jsBytes.set(path.basename(file), gz(file));
  }
  return { titleMs: marks.title ?? NaN, lobbyMs: (marks.lobby ?? NaN) - (marks.create ?? NaN), jsBytes };
}

/** (c): two players in a started match, then the CPU of every renderer and the GPU process over 10 s. */
async function idleMatch(browser: Browser, url: string, on: ViewportName): Promise<{ percentAll: number; percentMain: number; percentStill: number; mapReady: boolean }> {
  const open = async (): Promise<Page> => {
    // The server's Content-Security-Policy refuses inline styles, and the "still" figure below
    // injects one; the bench measures CPU, not the policy (tests/integration/http.test.ts does).
    const page = await (await browser.newContext({ ...VIEWPORTS[on], bypassCSP: true })).newPage();
    await page.goto(url);
    await screen(page, "title");
    return page;
  };
  const host = await open();
  await host.locator("#create-name").fill("Anna");
  await host.getByRole("button", { name: "Create match" }).click();
  await screen(host, "lobby");
  const code = ((await host.locator("#join-code-display").textContent()) ?? "").trim();
  const guest = await open();
  await guest.locator("#join-code").fill(code);
  await guest.locator("#join-name").fill("Bogdan");
  await guest.getByRole("button", { name: "Join match" }).click();
  await screen(guest, "lobby");
  await host.locator('[data-power="russia"]').click();
  await guest.locator('[data-power="ukraine"]').click();
  await host.locator("#start-button:enabled").click();
  await Promise.all([screen(host, "match"), screen(guest, "match")]);
  const mapReady = await Promise.all(
    [host, guest].map((p) => p.waitForFunction(() => window.__DETENTE__.mapReady, null, { timeout: 30_000 }).then(() => true, () => false)),
  ).then((all) => all.every(Boolean));
  await host.waitForTimeout(2_000);

  const browserCdp = await browser.newBrowserCDPSession();
  const pageCdp = await host.context().newCDPSession(host);
  await pageCdp.send("Performance.enable");
  type Info = { processInfo: { type: string; id: number; cpuTime: number }[] };
  const cpu = async (): Promise<number> => {
    const { processInfo } = (await browserCdp.send("SystemInfo.getProcessInfo")) as unknown as Info;
    return processInfo.filter((p) => p.type === "renderer" || p.type === "GPU").reduce((sum, p) => sum + p.cpuTime, 0);
  };
  const taskSeconds = async (): Promise<number> => (await pageCdp.send("Performance.getMetrics")).metrics.find((m) => m.name === "TaskDuration")?.value ?? 0;
  const [cpu0, task0, t0] = [await cpu(), await taskSeconds(), Date.now()];
  await host.waitForTimeout(IDLE_SECONDS * 1000);
  const [cpu1, task1, t1] = [await cpu(), await taskSeconds(), Date.now()];
  const seconds = (t1 - t0) / 1000;
  // The same pages with CSS transitions and animations switched off: what is left is the
  // page's own work (timers, the map), so a figure over the aim says where to look.
  const still = "*, *::before, *::after { transition: none !important; animation: none !important; }";
  await Promise.all([host.addStyleTag({ content: still }), guest.addStyleTag({ content: still })]);
  await host.waitForTimeout(1_000);
  const [cpu2, t2] = [await cpu(), Date.now()];
  await host.waitForTimeout(5_000);
  const [cpu3, t3] = [await cpu(), Date.now()];
  // Two match pages are open: the renderers' and GPU process's CPU is shared between them.
  return {
    percentAll: ((cpu1 - cpu0) / seconds / 2) * 100,
    percentMain: ((task1 - task0) / seconds) * 100,
    percentStill: ((cpu3 - cpu2) / ((t3 - t2) / 1000) / 2) * 100,
    mapReady,
  };
}

async function main(): Promise<void> {
  if (!existsSync(path.join(DIST, "index.html"))) throw new Error("no dist/: run `npm run build` first");
  const dataDir = mkdtempSync(path.join(tmpdir(), "detente-bench-"));
  const server = await startServer({ port: 0, host: "127.0.0.1", dataDir, clientDir: DIST, creationsPerMinute: 1000 });
  const browser = await launch();
  try {
    const entry = entryScripts();
    const entryBytes = entry.reduce((sum, file) => sum + gz(file), 0);
    console.log("bench:client (Chromium headless, software GL, loopback server)");
    console.log(`(a) JavaScript before the lobby, gzip: entry chunks ${kb(entryBytes)} (${entry.map((f) => path.basename(f)).join(", ")})`);
    const languages = translationChunks();
    console.log(`    translation bundles, lazy (loaded only in their language): ${languages.map(([name, bytes]) => `${name} ${kb(bytes)}`).join(", ") || "none found"}`);
    for (const on of Object.keys(VIEWPORTS) as ViewportName[]) {
      const visits = [];
      for (let i = 0; i < RUNS; i++) visits.push(await visitToLobby(browser, server.url, on));
      const loaded = [...visits[0]!.jsBytes.values()].reduce((a, b) => a + b, 0);
      const langLoaded = [...visits[0]!.jsBytes.keys()].filter((f) => /^lang-/.test(f));
      const idle = await idleMatch(browser, server.url, on);
      const titleMs = median(visits.map((v) => v.titleMs));
      const lobbyMs = median(visits.map((v) => v.lobbyMs));
      const size = VIEWPORTS[on].viewport;
      console.log(`— ${on} (${size.width}×${size.height}${"isMobile" in VIEWPORTS[on] ? ", touch" : ""})`);
      console.log(`(a) asked for from navigation until the lobby appeared: ${kb(loaded)} in ${visits[0]!.jsBytes.size} file(s)${langLoaded.length ? ` (translations among them: ${langLoaded.join(", ")})` : ", no translation bundle"} [aim ≤ ${AIMS.entryKB} KB: ${verdict(Math.max(entryBytes, loaded) <= AIMS.entryKB * 1024)}]`);
      console.log(`(b) 4× CPU slow-down, median of ${RUNS} cold visits: title form shown ${titleMs.toFixed(0)} ms after navigation starts; lobby ${lobbyMs.toFixed(0)} ms after "Create match" [aim ≤ ${AIMS.lobbyMs} ms each: ${verdict(titleMs <= AIMS.lobbyMs && lobbyMs <= AIMS.lobbyMs)}]`);
      console.log(`    runs: ${visits.map((v) => `${v.titleMs.toFixed(0)}/${v.lobbyMs.toFixed(0)}`).join(", ")} ms`);
      console.log(`(c) idle match page over ${IDLE_SECONDS} s${idle.mapReady ? "" : " (the map never said it was ready)"}: ${idle.percentAll.toFixed(1)}% of one core (renderer + GPU processes, per page); main thread ${idle.percentMain.toFixed(1)}% [aim ≤ ${AIMS.idlePercent}%: ${verdict(idle.percentAll <= AIMS.idlePercent)}]`);
      console.log(`    the same pages with CSS transitions and animations off: ${idle.percentStill.toFixed(1)}% of one core`);
    }
  } finally {
    await browser.close();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
clearTimeout(giveUp);
process.exit(0);
