/** The map: one shape per power, lit up once the power has spoken this turn. It only draws. */
import Phaser from "phaser";
import { POWERS, POWER_NAMES, type PowerId } from "../../../shared/powers";
import { MAP_HEIGHT, MAP_WIDTH, POWER_COLOURS, POWER_SHAPES } from "./layout";

export class MapScene extends Phaser.Scene {
  private shapes = new Map<PowerId, Phaser.GameObjects.Ellipse>();
  private ready = false;
  private pendingSpoken: ReadonlySet<string> = new Set();

  constructor(private readonly onReady: () => void) {
    super("map");
  }

  create(): void {
    this.cameras.main.setBackgroundColor("#1b2733");
    for (const power of POWERS) {
      const blob = POWER_SHAPES[power];
      const shape = this.add.ellipse(blob.x, blob.y, blob.width, blob.height, POWER_COLOURS[power], 0.35);
      shape.setStrokeStyle(3, POWER_COLOURS[power], 1);
      this.shapes.set(power, shape);
      this.add
        .text(blob.x, blob.y, POWER_NAMES[power], { fontFamily: "system-ui, sans-serif", fontSize: "18px", color: "#ffffff" })
        .setOrigin(0.5)
        .setShadow(1, 1, "#000000", 2);
    }
    this.ready = true;
    this.showSpoken(this.pendingSpoken);
    this.onReady();
  }

  /** Fills in the powers whose statement is in for this turn. */
  showSpoken(spoken: ReadonlySet<string>): void {
    this.pendingSpoken = spoken;
    if (!this.ready) return;
    for (const [power, shape] of this.shapes) shape.setFillStyle(POWER_COLOURS[power], spoken.has(power) ? 0.85 : 0.35);
  }
}

export function createMap(parent: HTMLElement, onReady: () => void): { scene: MapScene; destroy(): void } {
  const scene = new MapScene(onReady);
  const game = new Phaser.Game({
    type: Phaser.AUTO,
    parent,
    width: MAP_WIDTH,
    height: MAP_HEIGHT,
    backgroundColor: "#1b2733",
    scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_HORIZONTALLY },
    scene,
    banner: false,
  });
  return { scene, destroy: () => game.destroy(true) };
}
