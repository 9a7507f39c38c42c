/** The map's place in the match screen: Phaser and the map load here, after the lobby, by dynamic import. */
import { h, memo } from "../../ui/dom";
import type { AppContext } from "../../app/context";
import type { TestHook } from "../../app/hook";
import { mapModelFrom } from "../../logic/mapModel";
import type { MapModel } from "../../map/model";

interface MapHandle {
  scene: { update(model: MapModel): void };
  destroy(): void;
}

export class MapHost {
  readonly element = h("section", { class: "map", id: "map", "aria-label": "Map of the powers, their relations and the front line" });
  private handle: MapHandle | null = null;
  private model: MapModel | null = null;
  private destroyed = false;
  private readonly draw = memo();

  constructor(private readonly hook: TestHook) {
    hook.mapReady = false;
    void import("../../map/MapScene").then(({ createMap }) => {
      if (this.destroyed) return;
      this.handle = createMap(this.element, () => {
        this.hook.mapReady = true;
      }) as MapHandle;
      if (this.model) this.handle.scene.update(this.model);
    });
  }

  update(ctx: AppContext): void {
    const view = ctx.view.match;
    if (!view) return;
    // Redrawing costs real CPU on machines without a GPU: only when what the map shows has changed.
    const model = mapModelFrom(view);
    this.draw(JSON.stringify({ ...model, spoken: [...model.spoken] }), () => {
      this.model = model;
      this.handle?.scene.update(model);
    });
  }

  destroy(): void {
    this.destroyed = true;
    this.handle?.destroy();
    this.hook.mapReady = false;
  }
}
