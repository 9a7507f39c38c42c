// Entry of a simulation worker thread. A worker started from a .ts file does not inherit tsx's
// loader on Node 20 (even with execArgv ["--import", "tsx"] it fails with
// ERR_UNKNOWN_FILE_EXTENSION), so it starts here, registers tsx, then loads the TypeScript worker.
import { register } from "tsx/esm/api";

register();
await import("./worker.ts");
