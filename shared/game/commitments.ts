// Commitments: accepted offers (other than ceasefires), carried out at resolution unless a party
// secretly breaks its word. Keeping builds trust; breaking costs it, and is published.
import { addMeter, addRelation, addTally, addTrust, headline, type Draft } from "./draft";
import { applyAid, applyStatement } from "./actions";
import { applySanctionOrder, sanctionLevel } from "./sanctions";
import type { Order } from "./orders";
import { SANCTION_MAX_LEVEL, type Commitment, type DealItem, type PowerId } from "./types";

/** What opening its market costs the giver's economy (the receiver gains 2). */
export const TRADE_ACCESS_GIVER_ECONOMY = -0.5;

/** Trust each other party loses in a power that breaks a commitment. */
export const BREACH_TRUST_COST = 12;

export function commitmentBreakers(c: Commitment, orders: Record<PowerId, readonly Order[]>): PowerId[] {
  return c.parties.filter((p) => orders[p].some((o) => o.type === "commitment" && o.commitmentId === c.id && o.decision === "break"));
}

/** Step 4: every commitment of this turn is kept or broken. */
export function resolveCommitments(d: Draft, orders: Record<PowerId, readonly Order[]>): void {
  for (const c of d.s.commitments) {
    if (c.status !== "pending") continue;
    const breakers = commitmentBreakers(c, orders);
    const keepers = c.parties.filter((p) => !breakers.includes(p));
    c.breakers = breakers;
    c.status = breakers.length === 0 ? "kept" : "broken";
    const names = (ps: PowerId[]) => ps.map((p) => d.scenario.powers[p].name).join(", ");
    if (breakers.length > 0) {
      headline(d, "commitment", `${names(breakers)} ${breakers.length > 1 ? "go" : "goes"} back on ${label(c)} agreed with ${names(keepers)}.`, c.parties);
      for (const b of breakers) {
        addMeter(d, b, "standing", -2);
        addTally(d, `commitmentsBroken.${b}`, 1);
        for (const k of keepers) {
          addTrust(d, k, b, -BREACH_TRUST_COST);
          addRelation(d, k, b, -4);
        }
      }
    } else if (c.terms.kind !== "jointStatement") {
      // (A joint statement opens its own headline when it is issued.)
      headline(d, "commitment", `${names(keepers)} carry out ${label(c)} as agreed.`, c.parties);
    }
    for (const k of keepers) addTally(d, `commitmentsKept.${k}`, 1);
    execute(d, c, keepers, breakers);
    if (breakers.length === 0) for (const a of c.parties) for (const b of c.parties) addTrust(d, a, b, 3);
  }
}

function label(c: Commitment): string {
  switch (c.terms.kind) {
    case "jointStatement":
      return "a joint statement";
    case "coordinatedSanctions":
      return "coordinated sanctions";
    case "deal":
      return "a deal";
    case "ceasefire":
      return "a ceasefire";
  }
}

function execute(d: Draft, c: Commitment, keepers: PowerId[], breakers: PowerId[]): void {
  const t = c.terms;
  switch (t.kind) {
    case "jointStatement": {
      if (breakers.length > 0) return; // a joint statement needs every signature
      const names = keepers.map((p) => d.scenario.powers[p].name).join(" and ");
      const words = t.text.trim().length > 0 ? `: "${t.text.trim()}"` : "";
      headline(d, "statement", `${names} issue a joint ${t.tone} statement on ${t.topic}${words}`, keepers);
      for (const p of keepers) {
        applyStatement(d, p, { audience: "world", tone: t.tone, topic: t.topic, text: t.text }, 1.5, true);
        addMeter(d, p, "standing", 1);
        if (d.scenario.powers[p].special.kind === "unity") addMeter(d, p, "special", 2);
      }
      for (const a of keepers) for (const b of keepers) if (a < b) addRelation(d, a, b, 5);
      addTally(d, "jointStatements", 1);
      return;
    }
    case "coordinatedSanctions":
      for (const p of keepers) {
        const level = sanctionLevel(d.s, p, t.target, t.sector);
        if (level >= SANCTION_MAX_LEVEL) continue;
        applySanctionOrder(d, p, { type: "sanction", target: t.target, sector: t.sector, action: level === 0 ? "impose" : "tighten" }, true);
      }
      for (const a of keepers) for (const b of keepers) if (a < b) addRelation(d, a, b, 3);
      return;
    case "deal":
      for (const it of t.items) if (!breakers.includes(it.from)) executeItem(d, it);
      return;
    case "ceasefire":
      return; // ceasefires are kept in their own record
  }
}

function executeItem(d: Draft, it: DealItem): void {
  switch (it.item) {
    case "militaryAid":
      return applyAid(d, it.from, { to: it.to, kind: "military" }, true);
    case "economicAid":
      return applyAid(d, it.from, { to: it.to, kind: "economic" }, true);
    case "humanitarianAid":
      return applyAid(d, it.from, { to: it.to, kind: "humanitarian" }, true);
    case "tradeAccess": {
      headline(d, "aid", `${d.scenario.powers[it.from].name} opens its market to ${d.scenario.powers[it.to].name}.`, [it.from, it.to]);
      addMeter(d, it.to, "economy", 2);
      addMeter(d, it.from, "economy", TRADE_ACCESS_GIVER_ECONOMY); // imports compete with home industry
      addRelation(d, it.from, it.to, 4);
      // New markets make an exposed economy less dependent on a hostile one.
      if (d.scenario.powers[it.to].special.kind === "tradeExposure") addMeter(d, it.to, "special", -3);
      return;
    }
    case "easeSanctions": {
      const sector = it.sector ?? "trade";
      const level = sanctionLevel(d.s, it.from, it.to, sector);
      if (level > 0) applySanctionOrder(d, it.from, { type: "sanction", target: it.to, sector, action: "ease" });
      return;
    }
  }
}
