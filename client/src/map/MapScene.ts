/**
 * The map: Phaser draws the shapes and lines, a DOM overlay carries every word. It only shows
 * what it is given (`update(model)`); it decides nothing.
 *
 * The game loop sleeps whenever nothing moves, so an idle match costs next to no CPU: every
 * change asks for a few frames, then the loop stops again.
 */
import Phaser from "phaser";
import type { PowerId } from "../../../shared/powers";
import { isPowerId } from "../../../shared/powers";
import { decodeMap, type EncodedMap, type Point, type WorldMap } from "./asset";
import { changedPlaces } from "./changes";
import { drawBase, drawState, prepare, type PreparedMap } from "./draw";
import { powerAt } from "./hitTest";
import type { MapModel } from "./model";
import { MapOverlay } from "./overlay";
import { MARKER, SEA, cssColour } from "./palette";
import { t } from "../../../shared/i18n";
import "./map.css";

/** What a map shows before the game state reaches it: the shapes only (no front, lines or figures). */
export function emptyMapModel(): MapModel {
  return { meters: {}, relations: {}, frontLine: 1, ceasefire: "none", sanctions: [], aid: [], summits: [], spoken: new Set() };
}

class MapScene extends Phaser.Scene {
  private base!: Phaser.GameObjects.Graphics;
  private state!: Phaser.GameObjects.Graphics;
  private framesLeft = 0;
  private sleepQueued = false;

  constructor(private readonly view: MapView) {
    super("map");
  }

  create(): void {
    this.base = this.add.graphics();
    this.state = this.add.graphics();
    drawBase(this.base, this.view.world, this.view.prepared);
    this.view.sceneReady(this);
  }

  redraw(model: MapModel, highlight: PowerId | null): void {
    drawState(this.state, this.view.world, this.view.prepared, model, highlight);
    this.requestFrames(2);
  }

  /** Wakes the loop for `frames` rendered frames. */
  requestFrames(frames: number): void {
    this.framesLeft = Math.max(this.framesLeft, frames);
    if (!this.game.loop.running) this.game.loop.wake();
  }

  /** Rings that swell and fade where something changed, twice; skipped if the reader asked for less motion. */
  pulse(places: readonly Point[]): void {
    if (places.length === 0 || matchMedia("(prefers-reduced-motion: reduce)").matches) return;
    for (const [x, y] of places) {
      const ring = this.add.circle(x, y, 14).setStrokeStyle(5, MARKER, 1);
      this.tweens.add({ targets: ring, scale: 3.2, alpha: 0, duration: 1200, repeat: 1, ease: "Sine.easeOut", onComplete: () => ring.destroy() });
    }
    this.requestFrames(2);
  }

  override update(): void {
    // Awake while a pulse plays.
    if (this.tweens.getTweens().length > 0) return;
    if (this.framesLeft > 0) {
      this.framesLeft--;
      return;
    }
    if (this.sleepQueued) return;
    this.sleepQueued = true;
    // After this frame has been rendered: sleeping inside the step would drop it.
    setTimeout(() => {
      this.sleepQueued = false;
      if (this.framesLeft === 0 && this.game.loop.running) this.game.loop.sleep();
    }, 0);
  }
}

/** What the rest of the client holds: update it with the game state; it draws when it can. */
export class MapView {
  world!: WorldMap;
  prepared!: PreparedMap;
  private scene: MapScene | null = null;
  private overlay: MapOverlay | null = null;
  private model: MapModel = emptyMapModel();
  private highlight: PowerId | null = null;
  /** Whether the model came from the game (the first one shows the state; later ones pulse what changed). */
  private hasModel = false;

  constructor(private readonly onReady: () => void) {}

  /** Called once the asset is loaded, before Phaser starts. */
  load(world: WorldMap, frame: HTMLElement): void {
    this.world = world;
    this.prepared = prepare(world);
    this.overlay = new MapOverlay(world, { onFocusPower: (power) => this.setHighlight(power) });
    frame.append(this.overlay.element);
    this.overlay.update(this.model);
  }

  sceneReady(scene: MapScene): void {
    this.scene = scene;
    scene.redraw(this.model, this.highlight);
    this.onReady();
  }

  update(model: MapModel): void {
    const before = this.model;
    this.model = model;
    this.overlay?.update(model);
    this.scene?.redraw(model, this.highlight);
    if (this.hasModel && this.world && this.overlay) this.scene?.pulse(changedPlaces(this.world, before, model, this.overlay.keepOut).map((p) => p.at));
    this.hasModel = true;
  }

  /** The walking skeleton's call: marks the powers whose statement is in for this turn. */
  showSpoken(spoken: ReadonlySet<string>): void {
    this.model = { ...this.model, spoken: new Set([...spoken].filter(isPowerId)) };
    this.overlay?.update(this.model);
  }

  /** Hover on the canvas: map client coordinates to map pixels, then to a power. */
  hover(clientX: number, clientY: number, canvas: HTMLCanvasElement): void {
    if (!this.world || !this.overlay) return;
    const box = canvas.getBoundingClientRect();
    const x = ((clientX - box.left) / box.width) * this.world.width;
    const y = ((clientY - box.top) / box.height) * this.world.height;
    this.overlay.setHovered(powerAt(this.world, [x, y]));
  }

  leave(): void {
    this.overlay?.setHovered(null);
  }

  private setHighlight(power: PowerId | null): void {
    if (power === this.highlight) return;
    this.highlight = power;
    this.scene?.redraw(this.model, power);
  }
}

const ASSET_URL = `${import.meta.env.BASE_URL}map/world.json`;

export function createMap(parent: HTMLElement, onReady: () => void): { scene: MapView; destroy(): void } {
  const view = new MapView(onReady);
  // A frame of the canvas's own aspect ratio, so the DOM overlay lines up with the drawing.
  const frame = document.createElement("div");
  frame.className = "map-frame";
  const stage = document.createElement("div");
  stage.className = "map-stage";
  frame.append(stage);
  parent.append(frame);
  // The overlay holds buttons, which an element with role="img" may not contain.
  if (parent.getAttribute("role") === "img") parent.setAttribute("role", "group");
  let game: Phaser.Game | null = null;
  let destroyed = false;

  void fetch(ASSET_URL)
    .then((response) => {
      if (!response.ok) throw new Error(`map asset: HTTP ${response.status}`);
      return response.json() as Promise<EncodedMap>;
    })
    .then((data) => {
      if (destroyed) return;
      const world = decodeMap(data);
      frame.style.aspectRatio = `${world.width} / ${world.height}`;
      view.load(world, frame);
      game = new Phaser.Game({
        type: Phaser.AUTO,
        parent: stage,
        width: world.width,
        height: world.height,
        backgroundColor: cssColour(SEA),
        scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.NO_CENTER },
        input: { keyboard: false, mouse: false, touch: false, gamepad: false },
        audio: { noAudio: true },
        render: { antialias: true },
        scene: new MapScene(view),
        banner: false,
      });
      const canvas = (): HTMLCanvasElement | null => stage.querySelector("canvas");
      // Mouse hover, and a tap on a touch screen (a Chromebook's), show the power under it.
      const point = (event: PointerEvent): void => {
        const c = canvas();
        if (c && event.target === c) view.hover(event.clientX, event.clientY, c);
      };
      frame.addEventListener("pointermove", point);
      frame.addEventListener("pointerdown", point);
      frame.addEventListener("pointerleave", () => view.leave());
    })
    .catch((error: unknown) => {
      frame.textContent = t("ui:map.failed");
      console.error(error);
    });

  return {
    scene: view,
    destroy: () => {
      destroyed = true;
      game?.destroy(true);
      frame.remove();
    },
  };
}
