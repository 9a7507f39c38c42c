import { describe, expect, it } from "vitest";
import { changedPlaces } from "../../../client/src/map/changes";
import { SAMPLE_MAP_MODEL, type MapModel } from "../../../client/src/map/model";
import { WORLD } from "./worldMap";

const after = (change: Partial<MapModel>): MapModel => ({ ...SAMPLE_MAP_MODEL, ...change });

describe("changedPlaces", () => {
  it("finds nothing when nothing changed", () => {
    expect(changedPlaces(WORLD, SAMPLE_MAP_MODEL, after({}))).toEqual([]);
  });

  it("pulses a relation that moved, at the middle of its line", () => {
    const pulses = changedPlaces(WORLD, SAMPLE_MAP_MODEL, after({ relations: { ...SAMPLE_MAP_MODEL.relations, "usa|eu": 20 } }));
    expect(pulses.map((p) => p.what)).toEqual(["relation usa|eu"]);
    const [usa, eu] = [WORLD.capitals.usa, WORLD.capitals.eu];
    expect(pulses[0]!.at).toEqual([(usa[0] + eu[0]) / 2, (usa[1] + eu[1]) / 2]);
  });

  it("ignores a small drift but not a change of mood", () => {
    expect(changedPlaces(WORLD, SAMPLE_MAP_MODEL, after({ relations: { ...SAMPLE_MAP_MODEL.relations, "russia|ukraine": -88 } }))).toEqual([]);
    const calm = after({ relations: { ...SAMPLE_MAP_MODEL.relations, "china|eu": 14 } });
    expect(changedPlaces(WORLD, calm, after({ relations: { ...calm.relations, "china|eu": 16 } })).map((p) => p.what)).toEqual(["relation china|eu"]);
  });

  it("pulses a new sanction, aid flow or summit where its icon is drawn", () => {
    const pulses = changedPlaces(WORLD, SAMPLE_MAP_MODEL, after({ aid: [...SAMPLE_MAP_MODEL.aid, { from: "china", to: "russia", kind: "economic" }] }));
    expect(pulses.map((p) => p.what)).toEqual(["aid China: economic aid to Russia"]);
  });

  it("pulses the front when it moves or the ceasefire changes", () => {
    expect(changedPlaces(WORLD, SAMPLE_MAP_MODEL, after({ frontLine: 0.79 })).map((p) => p.what)).toEqual(["front"]);
    expect(changedPlaces(WORLD, SAMPLE_MAP_MODEL, after({ ceasefire: "breached" })).map((p) => p.what)).toEqual(["front"]);
  });
});
