// The store contract (tests/helpers/storeContract.ts) on the embedded SQLite store.
import { SqliteStore } from "../../../server/persistence/SqliteStore";
import { storeContract } from "../../helpers/storeContract";

storeContract("SQLite", async () => new SqliteStore(":memory:"));
