/** Development page: the map with the sample model; `?ceasefire=in-force&front=0.6` to try states. */
import { createMap } from "./MapScene";
import { SAMPLE_MAP_MODEL, type CeasefireStatus } from "./model";

const params = new URLSearchParams(location.search);
const map = createMap(document.getElementById("map")!, () => {
  (window as { __MAP_READY__?: boolean }).__MAP_READY__ = true;
});
map.scene.update({
  ...SAMPLE_MAP_MODEL,
  ceasefire: (params.get("ceasefire") as CeasefireStatus | null) ?? SAMPLE_MAP_MODEL.ceasefire,
  frontLine: Number(params.get("front") ?? SAMPLE_MAP_MODEL.frontLine),
  spoken: new Set(["russia", "eu"]),
});
