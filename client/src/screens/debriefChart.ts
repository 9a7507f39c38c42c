/** The debrief's line charts as plain SVG: one per meter, a line per power, labelled at its end. */
import { METERS, POWERS, WORLD_KEYS, type MatchView } from "../../../shared/game";
import { scaleChart, spreadLabels, type Series } from "../logic/chart";
import { METER_LABELS } from "../logic/format";
import { h } from "../ui/dom";
import { formatNumber, labels, t } from "../../../shared/i18n";
import { relationsOf, trustIn } from "../logic/relationHistory";

const SVG = "http://www.w3.org/2000/svg";
const WORLD_SHORT = labels("debrief:worldShort", ["frontLine", "warIntensity", "globalTension", "taiwanTension"]);
const BOX = { width: 420, height: 220, padLeft: 34, padBottom: 26, padTop: 12, padRight: 80 };
/** Okabe–Ito colours (as the map), each with its own dash so lines read without colour. */
const LINE_STYLE = [
  ["#e07b39", ""],
  ["#d98cb8", "6 3"],
  ["#5aa9e6", "2 3"],
  ["#f0e442", "10 4"],
  ["#3fc49a", "4 2 1 2"],
] as const;

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, ...children: (SVGElement | string)[]): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  for (const c of children) el.append(c);
  return el;
}

/** `key` names the chart in its id (the title is in the page's language, perhaps without a Latin letter). */
export function lineChart(title: string, series: Series[], xLabels: string[], key = title, range?: [number, number]): HTMLElement {
  const chart = scaleChart(series, xLabels, BOX, range);
  const summary = series.map((s) => t("debrief:chartSummary", { label: s.label, from: Math.round(s.values[0] ?? 0), to: Math.round(s.values.at(-1) ?? 0) })).join("; ");
  const labelYs = spreadLabels(chart.lines.map((l) => l.last?.y ?? 0), 13, BOX.padTop, BOX.height - BOX.padBottom);
  const id = `chart-${key.replace(/\W+/g, "-").toLowerCase()}`;
  // Every value, turn by turn, for a reader who cannot see the lines (and for one who wants the numbers).
  const values = series.map((s) => t("debrief:chartValues", { label: s.label, values: s.values.map((v) => formatNumber(Math.round(v))).join(t("common:listSeparator")) })).join("; ");
  const drawing = svg(
    "svg",
    { viewBox: `0 0 ${BOX.width} ${BOX.height}`, role: "img", "aria-labelledby": id, "aria-describedby": `${id}-desc`, class: "chart" },
    svg("title", { id }, `${title}: ${summary}`),
    svg("desc", { id: `${id}-desc` }, t("debrief:chartDesc", { series: values })),
    ...chart.yTicks.flatMap((t) => [
      svg("line", { x1: BOX.padLeft, x2: BOX.width - BOX.padRight, y1: t.y, y2: t.y, class: "grid" }),
      svg("text", { x: BOX.padLeft - 6, y: t.y + 4, "text-anchor": "end", class: "axis" }, String(t.value)),
    ]),
    ...chart.xTicks.map((t) => svg("text", { x: t.x, y: BOX.height - 8, "text-anchor": "middle", class: "axis" }, t.label)),
    ...chart.lines.map((l, i) => {
      const [colour, dash] = LINE_STYLE[i % LINE_STYLE.length]!;
      return svg("polyline", { points: l.points, fill: "none", stroke: colour, "stroke-width": 2.5, "stroke-dasharray": dash });
    }),
    ...labelYs.map((y, i) => {
      const l = chart.lines[i]!;
      const [colour] = LINE_STYLE[i % LINE_STYLE.length]!;
      return svg("text", { x: (l.last?.x ?? 0) + 6, y: y + 4, fill: colour, class: "line-label" }, l.label);
    }),
  );
  return h("figure", { class: "chart-figure" }, drawing, h("figcaption", {}, title));
}

export function meterCharts(view: MatchView): HTMLElement[] {
  const turns = view.history.map((e) => (e.turn === 0 ? t("debrief:start") : String(e.turn)));
  const charts = METERS.map((m) =>
    lineChart(
      m === "special" ? t("debrief:ownMeters", { list: POWERS.map((p) => `${shortName(view, p)}: ${t(view.scenario.powers[p].special.inText)}`).join(t("common:listSeparator")) }) : METER_LABELS[m],
      POWERS.map((p) => ({ label: shortName(view, p), values: view.history.map((e) => e.meters[p][m]) })),
      turns,
      m === "special" ? "own-meters" : m,
    ),
  );
  const world = lineChart(
    t("debrief:worldChart"),
    WORLD_KEYS.map((k) => ({ label: WORLD_SHORT[k], values: view.history.map((e) => e.world[k]) })),
    turns,
    "the-world",
  );
  return [...charts, world];
}

function shortName(view: MatchView, p: (typeof POWERS)[number]): string {
  return t(`debrief:shortPower.${p}`);
}

/** Relations and trust, turn by turn: for each power, its relations with the others and the trust the others place in it. */
export function relationCharts(view: MatchView): HTMLElement[] {
  const turns = view.history.map((e) => (e.turn === 0 ? t("debrief:start") : String(e.turn)));
  return POWERS.flatMap((p) => [
    lineChart(
      t("debrief:relationsChart", { power: p }),
      relationsOf(view, p).map((r) => ({ label: shortName(view, r.other), values: r.values })),
      turns,
      `relations-${p}`,
      [-25, 50],
    ),
    lineChart(
      t("debrief:trustChart", { power: p }),
      trustIn(view, p).map((r) => ({ label: shortName(view, r.other), values: r.values })),
      turns,
      `trust-${p}`,
    ),
  ]);
}
