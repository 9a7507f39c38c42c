/**
 * The map's place in the match screen: Phaser and the map load here, after the lobby, by dynamic
 * import. A player on a weak machine may hide it (remembered by this browser): everything the
 * map shows is also in the meters and the news as text.
 */
import { t } from "../../../../shared/i18n";
import { h, memo } from "../../ui/dom";
import type { AppContext } from "../../app/context";
import type { TestHook } from "../../app/hook";
import { mapModelFrom } from "../../logic/mapModel";
import type { MapModel } from "../../map/model";
import { MapKey } from "./mapKey";

interface MapHandle {
  scene: { update(model: MapModel): void };
  destroy(): void;
}

const HIDDEN_KEY = "detente:mapHidden";

export class MapHost {
  private readonly stage = h("div", { class: "map", id: "map", role: "group", "aria-label": t("world:mapLabel") });
  private readonly toggle = h("button", { type: "button", id: "map-toggle", class: "map-toggle" });
  private readonly note = h("p", { class: "hint map-note" }, t("world:mapHidden"));
  private readonly key = new MapKey();
  readonly element = h("section", { class: "map-host", "aria-label": t("world:map") }, this.toggle, this.stage, this.key.element, this.note);
  private handle: MapHandle | null = null;
  private model: MapModel | null = null;
  private destroyed = false;
  private loading = false;
  private readonly draw = memo();

  constructor(private readonly hook: TestHook) {
    hook.mapReady = false;
    this.toggle.addEventListener("click", () => this.setHidden(!this.hidden));
    this.setHidden(this.hidden);
  }

  private get hidden(): boolean {
    return localStorage.getItem(HIDDEN_KEY) === "1";
  }

  private setHidden(hidden: boolean): void {
    if (hidden) localStorage.setItem(HIDDEN_KEY, "1");
    else localStorage.removeItem(HIDDEN_KEY);
    this.toggle.textContent = hidden ? t("world:showMap") : t("world:hideMap");
    this.toggle.setAttribute("aria-pressed", hidden ? "true" : "false");
    this.stage.hidden = hidden;
    this.key.element.hidden = hidden;
    this.note.hidden = !hidden;
    if (hidden) {
      this.handle?.destroy();
      this.handle = null;
      this.stage.replaceChildren();
      this.hook.mapReady = false;
    } else if (!this.handle) {
      this.load();
    }
  }

  private load(): void {
    if (this.loading) return;
    this.loading = true;
    void import("../../map/MapScene").then(({ createMap }) => {
      this.loading = false;
      if (this.destroyed || this.hidden || this.handle) return;
      this.handle = createMap(this.stage, () => {
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
      this.key.update(model);
      this.handle?.scene.update(model);
    });
  }

  destroy(): void {
    this.destroyed = true;
    this.handle?.destroy();
    this.hook.mapReady = false;
  }
}
