// Fails fast, in one line, when the browser tests cannot find Debian's Chromium.
import { existsSync } from "node:fs";

const path = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(path)) {
  console.error(`Chromium not found at ${path}: install it with "sudo apt-get install chromium" (or set CHROMIUM_PATH).`);
  process.exit(1);
}
