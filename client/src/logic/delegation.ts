/** The words a delegation's members read about who changed what: pure, so they are tested without a page. */
import type { DelegationView, EditSeen } from "../../../shared/session";

/** "14:02", in this browser's time. */
export function clockTime(at: number): string {
  const d = new Date(at);
  return `${String(d.getHours()).padStart(2, "0")}:${String(d.getMinutes()).padStart(2, "0")}`;
}

/** "Orders: last changed by Mia, 14:02", or that nobody has given any this turn. */
export function ordersChangeLine(edit: EditSeen | null): string {
  return edit ? `Orders: last changed by ${edit.by}, ${clockTime(edit.at)}` : "Orders: nobody in your delegation has given any this turn yet";
}

const OFFER_VERBS: Record<DelegationView["offers"][string]["action"], string> = {
  propose: "Sent",
  accept: "Accepted",
  reject: "Rejected",
  counter: "Countered",
  withdraw: "Withdrawn",
};

/** "Sent by Noor, 14:05" for an offer the delegation made; "Accepted by Ola, 14:07" for one it answered. */
export function offerChangeLine(edit: DelegationView["offers"][string] | undefined): string | null {
  return edit ? `${OFFER_VERBS[edit.action]} by ${edit.by}, ${clockTime(edit.at)}` : null;
}

/** "Mia said your delegation's orders are final", for the note under the orders. */
export function readyBy(delegation: DelegationView | undefined): string | null {
  return delegation?.ready ? delegation.ready.by : null;
}
