/** The five powers' ids (defined with the game's state) and the names the UI gives them. */
import { POWERS, type PowerId } from "./game/types";

export { POWERS, type PowerId };

export const POWER_NAMES: Record<PowerId, string> = {
  russia: "Russia",
  china: "China",
  usa: "United States",
  ukraine: "Ukraine",
  eu: "European Union",
};

export function isPowerId(value: unknown): value is PowerId {
  return typeof value === "string" && (POWERS as readonly string[]).includes(value);
}
