/** The lesson pages, loaded on demand: none of them is needed to play. */
import type { PageName } from "./nav";
import "./pages.css";

export async function buildPage(name: PageName): Promise<HTMLElement> {
  switch (name) {
    case "rules":
      return (await import("./rules")).rulesPage();
    case "roleCards":
      return (await import("./roleCards")).roleCardsPage();
    case "guide":
      return (await import("./guide")).guidePage();
  }
}
