/** Scaling for the debrief's line charts (drawn as plain SVG). */

export interface Series {
  label: string;
  values: readonly number[];
}

export interface ChartBox {
  width: number;
  height: number;
  /** Room left for the axis labels. */
  padLeft: number;
  padBottom: number;
  padTop: number;
  padRight: number;
}

export interface ScaledChart {
  lines: { label: string; points: string; last: { x: number; y: number } | null }[];
  yTicks: { value: number; y: number }[];
  xTicks: { label: string; x: number }[];
}

/** Meters run 0..100; the y axis shows that range unless values leave it. */
export function scaleChart(series: readonly Series[], xLabels: readonly string[], box: ChartBox, range: [number, number] = [0, 100]): ScaledChart {
  const all = series.flatMap((s) => s.values);
  const lo = Math.min(range[0], ...all);
  const hi = Math.max(range[1], ...all);
  const span = hi - lo || 1;
  const n = Math.max(1, xLabels.length - 1);
  const plotW = box.width - box.padLeft - box.padRight;
  const plotH = box.height - box.padTop - box.padBottom;
  const x = (i: number) => round(box.padLeft + (plotW * i) / n);
  const y = (v: number) => round(box.padTop + plotH * (1 - (v - lo) / span));
  const lines = series.map((s) => {
    const pts = s.values.map((v, i) => ({ x: x(i), y: y(v) }));
    return { label: s.label, points: pts.map((p) => `${p.x},${p.y}`).join(" "), last: pts.at(-1) ?? null };
  });
  const step = span > 100 ? 50 : 25;
  const yTicks: { value: number; y: number }[] = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi; v += step) yTicks.push({ value: v, y: y(v) });
  return { lines, yTicks, xTicks: xLabels.map((label, i) => ({ label, x: x(i) })) };
}

function round(v: number): number {
  return Math.round(v * 10) / 10;
}

/**
 * Moves end-of-line labels apart so none overlaps another: each keeps its order and sits at
 * least `gap` below the one above, pushed back up if that runs past `max`.
 */
export function spreadLabels(ys: readonly number[], gap: number, min: number, max: number): number[] {
  const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y || a.i - b.i);
  const placed = order.map((o) => o.y);
  for (let k = 0; k < placed.length; k++) placed[k] = Math.max(placed[k]!, k === 0 ? min : placed[k - 1]! + gap);
  const overflow = (placed.at(-1) ?? max) - max;
  if (overflow > 0) {
    placed[placed.length - 1] = max;
    for (let k = placed.length - 2; k >= 0; k--) placed[k] = Math.min(placed[k]!, placed[k + 1]! - gap);
  }
  const out = new Array<number>(ys.length);
  order.forEach((o, k) => (out[o.i] = round(placed[k]!)));
  return out;
}
