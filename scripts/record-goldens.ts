/**
 * Rewrites the golden replays in tests/fixtures/replays/ from today's rules and bots. Run it only
 * after a deliberate change of the rules (`npm run goldens`), then review the difference: the
 * tests read these files and fail when a replay no longer reaches the recorded final state.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { GOLDEN_DIR, GOLDEN_MATCHES, goldenText, recordMatch } from "../tests/unit/game/golden";

for (const m of GOLDEN_MATCHES) {
  const replay = recordMatch(m.seed, m.seats);
  writeFileSync(join(GOLDEN_DIR, m.file), goldenText(replay));
  console.log(`${m.file}: ${replay.log.length} log entries, final hash ${replay.final.hash}, winners ${replay.final.winners.join(", ")}`);
}
