/** Fills the map's model from this seat's view of the match: the map draws only what this gives it. */
import { POWERS, type MatchView, type PowerId } from "../../../shared/game";
import type { AidFlow, CeasefireStatus, MapModel, PublicMeters, SanctionInForce, Summit } from "../map/model";
import { METER_LABELS } from "./format";
import { t } from "../../../shared/i18n";

/** The last turn whose resolution has been published (the current one once it resolves). */
export function resolvedTurn(view: MatchView): number {
  return view.phase === "resolution" || view.phase === "ended" ? view.turn : view.turn - 1;
}

/**
 * The war's ceasefire as the map marks it: in force, breached (monitors named the breaker), or
 * mutual accusations (an unmonitored breach nobody can pin on one side).
 */
export function ceasefireStatus(view: MatchView): CeasefireStatus {
  const last = resolvedTurn(view);
  const relevant = view.ceasefires.filter((c) => c.status === "active" || c.record.some((r) => r.turn === last));
  if (relevant.length === 0) return "none";
  const breach = relevant.flatMap((c) => c.record.filter((r) => r.turn === last && r.outcome === "breached").map((r) => ({ c, r })));
  if (breach.length > 0) return breach.some(({ c, r }) => c.monitored && r.namedBreakers.length > 0) ? "breached" : "accusations";
  return relevant.some((c) => c.status === "active") ? "in-force" : "none";
}

export function sanctionsInForce(view: MatchView): SanctionInForce[] {
  const out: SanctionInForce[] = [];
  for (const [key, level] of Object.entries(view.sanctions)) {
    const m = /^(\w+)>(\w+):(\w+)$/.exec(key);
    if (!m || !level) continue;
    out.push({ from: m[1] as PowerId, to: m[2] as PowerId, sector: m[3] as SanctionInForce["sector"] });
  }
  return out;
}

export function mapModelFrom(view: MatchView): MapModel {
  const last = resolvedTurn(view);
  const news = view.news.filter((n) => n.turn === last);
  const meters = {} as Record<PowerId, PublicMeters>;
  for (const p of POWERS) {
    const { meters: m, trend } = view.powers[p];
    meters[p] = {
      economy: { value: m.economy, label: METER_LABELS.economy, trend: trend.economy },
      support: { value: m.support, label: METER_LABELS.support, trend: trend.support },
      standing: { value: m.standing, label: METER_LABELS.standing, trend: trend.standing },
      own: { value: m.special, label: t(view.scenario.powers[p].special.label), trend: trend.special },
    };
  }
  const aid: AidFlow[] = news.flatMap((n) => {
    // The headline's key says what was sent: news:aid.<kind>, or news:aid.<kind>Deal under a deal.
    const kind = /^news:aid\.(military|economic|humanitarian|dualUse)(?:Deal)?$/.exec(n.headline.key)?.[1];
    const [from, to] = n.powers;
    return n.kind === "aid" && kind && from && to ? [{ from, to, kind: kind as AidFlow["kind"] }] : [];
  });
  const summits: Summit[] = news.flatMap((n) => (n.kind === "summit" && /^news:summit\.(stateVisit|rebuffed)$/.test(n.headline.key) && n.powers[0] && n.powers[1] ? [{ a: n.powers[0], b: n.powers[1] }] : []));
  const spoken = new Set(news.filter((n) => n.kind === "statement" && n.powers[0]).map((n) => n.powers[0]!));
  return {
    meters,
    relations: { ...view.relations },
    frontLine: view.world.frontLine / 100,
    ceasefire: ceasefireStatus(view),
    sanctions: sanctionsInForce(view),
    aid,
    summits,
    spoken,
  };
}
