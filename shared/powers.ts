/** The five powers of the game, in the order the UI lists them. */
export const POWERS = ["russia", "china", "usa", "ukraine", "eu"] as const;
export type PowerId = (typeof POWERS)[number];

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
