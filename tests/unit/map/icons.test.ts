import { describe, expect, it } from "vitest";
import { ICON_SPACING, labelBox, placeIcons, type Box } from "../../../client/src/map/icons";
import { POWERS, POWER_NAMES } from "../../../shared/powers";
import { distanceToSegment } from "../../../client/src/map/geometry";
import { SAMPLE_MAP_MODEL, type MapModel } from "../../../client/src/map/model";
import { WORLD } from "./worldMap";

describe("placeIcons", () => {
  it("places one icon per imposer and target of sanctions, per aid flow and per summit, on the line between the capitals", () => {
    const icons = placeIcons(WORLD.capitals, SAMPLE_MAP_MODEL);
    const m = SAMPLE_MAP_MODEL;
    const sanctionPairs = new Set(m.sanctions.map((s) => `${s.from}>${s.to}`)).size;
    expect(icons).toHaveLength(sanctionPairs + m.aid.length + m.summits.length);
    for (const icon of icons) expect(distanceToSegment(icon.at, WORLD.capitals[icon.from], WORLD.capitals[icon.to]), icon.label).toBeLessThan(0.5);
  });

  it("gathers an imposer's sanctions on one target into one icon that names every sector", () => {
    const all = (["energy", "finance", "technology", "trade"] as const).map((sector) => ({ from: "eu" as const, to: "russia" as const, sector }));
    const icons = placeIcons(WORLD.capitals, { ...SAMPLE_MAP_MODEL, sanctions: all, aid: [], summits: [] });
    expect(icons).toHaveLength(1);
    expect(icons[0]!.glyph).toBe("×4");
    expect(icons[0]!.label).toBe("European Union: energy sanctions, finance sanctions, technology sanctions and tariffs on Russia");
  });

  it("keeps icons apart from each other and off the capitals, even when a line is crowded", () => {
    // Every power sanctions every other, and aid flows everywhere: more than any line holds.
    const powers = ["russia", "china", "usa", "ukraine", "eu"] as const;
    const crowded: MapModel = {
      ...SAMPLE_MAP_MODEL,
      sanctions: powers.flatMap((from) => powers.filter((to) => to !== from).map((to) => ({ from, to, sector: "energy" as const }))),
      aid: powers.filter((p) => p !== "ukraine").map((from) => ({ from, to: "ukraine" as const, kind: "humanitarian" as const })),
    };
    const icons = placeIcons(WORLD.capitals, crowded);
    for (let i = 0; i < icons.length; i++) {
      for (let j = i + 1; j < icons.length; j++) {
        const d = Math.hypot(icons[i]!.at[0] - icons[j]!.at[0], icons[i]!.at[1] - icons[j]!.at[1]);
        expect(d, `${icons[i]!.label} / ${icons[j]!.label}`).toBeGreaterThanOrEqual(ICON_SPACING);
      }
      for (const capital of Object.values(WORLD.capitals)) {
        expect(Math.hypot(icons[i]!.at[0] - capital[0], icons[i]!.at[1] - capital[1])).toBeGreaterThan(30);
      }
      // Beside its line at worst, never somewhere else.
      const icon = icons[i]!;
      expect(distanceToSegment(icon.at, WORLD.capitals[icon.from], WORLD.capitals[icon.to])).toBeLessThanOrEqual(2 * ICON_SPACING + 0.5);
    }
  });

  it("puts a sanction nearer its target than its imposer, and says what it is", () => {
    const [icon] = placeIcons(WORLD.capitals, { ...SAMPLE_MAP_MODEL, sanctions: [{ from: "usa", to: "china", sector: "trade" }], aid: [], summits: [] });
    const d = (p: "usa" | "china"): number => Math.hypot(icon!.at[0] - WORLD.capitals[p][0], icon!.at[1] - WORLD.capitals[p][1]);
    expect(d("china")).toBeLessThan(d("usa"));
    expect(icon!.label).toBe("United States: tariffs on China");
    expect(icon!.glyph).toBe("%");
  });
});

describe("placeIcons with names and insets to keep clear", () => {
  it("puts no icon on a power's name or inside an inset", () => {
    const keepOut: Box[] = [
      ...POWERS.map((p) => labelBox(POWER_NAMES[p], WORLD.labels[p])),
      { x: WORLD.inset.box[0], y: WORLD.inset.box[1], width: WORLD.inset.box[2], height: WORLD.inset.box[3] },
      { x: WORLD.front.box[0], y: WORLD.front.box[1], width: WORLD.front.box[2], height: WORLD.front.box[3] },
    ];
    const icons = placeIcons(WORLD.capitals, SAMPLE_MAP_MODEL, keepOut);
    for (const icon of icons) {
      for (const box of keepOut) {
        const inside = icon.at[0] >= box.x && icon.at[0] <= box.x + box.width && icon.at[1] >= box.y && icon.at[1] <= box.y + box.height;
        expect(inside, `${icon.label} inside a kept-out box`).toBe(false);
      }
    }
  });
});
