// The store contract (tests/helpers/storeContract.ts) on a real PostgreSQL server, each test in a schema of its own.
import { PostgresStore } from "../../server/persistence/PostgresStore";
import { storeContract } from "../helpers/storeContract";
import { databaseUrl, freshSchema } from "../helpers/services";

storeContract("PostgreSQL", () => PostgresStore.open({ connectionString: databaseUrl(), schema: freshSchema(), poolSize: 2 }));
