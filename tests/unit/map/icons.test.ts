import { describe, expect, it } from "vitest";
import { ICON_SPACING, labelBox, placeIcons, type Box } from "../../../client/src/map/icons";
import { POWERS, POWER_NAMES } from "../../../shared/powers";
import { distanceToSegment } from "../../../client/src/map/geometry";
import { SAMPLE_MAP_MODEL, type MapModel } from "../../../client/src/map/model";
import { WORLD } from "./worldMap";

describe("placeIcons", () => {
  it("places one icon per sanction, aid flow and summit, each on the line between the two capitals", () => {
    const icons = placeIcons(WORLD.capitals, SAMPLE_MAP_MODEL);
    const m = SAMPLE_MAP_MODEL;
    expect(icons).toHaveLength(m.sanctions.length + m.aid.length + m.summits.length);
    for (const icon of icons) expect(distanceToSegment(icon.at, WORLD.capitals[icon.from], WORLD.capitals[icon.to]), icon.label).toBeLessThan(0.5);
  });

  it("keeps icons apart from each other and off the capitals, even when a line is crowded", () => {
    const crowded: MapModel = {
      ...SAMPLE_MAP_MODEL,
      sanctions: (["energy", "finance", "technology", "trade"] as const).flatMap((sector) => [
        { from: "eu" as const, to: "russia" as const, sector },
        { from: "usa" as const, to: "russia" as const, sector },
      ]),
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
