/** The words a delegation's members read about who changed what: pure, so they are tested without a page. */
import type { DelegationView, EditSeen } from "../../../shared/session";
import { t } from "../../../shared/i18n";

/** "14:02", in this browser's time. */
export function clockTime(at: number): string {
  const d = new Date(at);
  return `${String(d.getHours()).padStart(2, "0")}:${String(d.getMinutes()).padStart(2, "0")}`;
}

/** "Orders: last changed by Mia, 14:02", or that nobody has given any this turn. */
export function ordersChangeLine(edit: EditSeen | null): string {
  return edit ? t("offers:ordersChanged", { name: edit.by, time: clockTime(edit.at) }) : t("offers:ordersUnchanged");
}


/** "Sent by Noor, 14:05" for an offer the delegation made; "Accepted by Ola, 14:07" for one it answered. */
export function offerChangeLine(edit: DelegationView["offers"][string] | undefined): string | null {
  return edit ? t(`offers:changedBy.${edit.action}`, { name: edit.by, time: clockTime(edit.at) }) : null;
}

/** "Mia said your delegation's orders are final", for the note under the orders. */
export function readyBy(delegation: DelegationView | undefined): string | null {
  return delegation?.ready ? delegation.ready.by : null;
}
