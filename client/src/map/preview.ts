/**
 * Development page: the map with the sample model. `?ceasefire=in-force&front=0.6` tries other
 * states; `?pulse` changes a relation, the front and the aid a second after loading.
 */
import { createMap } from "./MapScene";
import { SAMPLE_MAP_MODEL, type CeasefireStatus, type MapModel } from "./model";

const params = new URLSearchParams(location.search);
const map = createMap(document.getElementById("map")!, () => {
  (window as { __MAP_READY__?: boolean }).__MAP_READY__ = true;
});
const model: MapModel = {
  ...SAMPLE_MAP_MODEL,
  ceasefire: (params.get("ceasefire") as CeasefireStatus | null) ?? SAMPLE_MAP_MODEL.ceasefire,
  frontLine: Number(params.get("front") ?? SAMPLE_MAP_MODEL.frontLine),
  spoken: new Set(["russia", "eu"]),
};
map.scene.update(model);
if (params.has("pulse")) {
  setTimeout(() => {
    map.scene.update({
      ...model,
      relations: { ...model.relations, "usa|eu": 5 },
      frontLine: model.frontLine - 0.03,
      ceasefire: "breached",
      aid: [...model.aid, { from: "china", to: "russia", kind: "economic" }],
    });
  }, Number(params.get("pulse")) || 1000);
}
