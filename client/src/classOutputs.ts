/**
 * The class's outputs over HTTP (server/classReportRoute.ts): the report, the projector's board
 * and key, and downloads a teacher opens without developer tools. Every call carries its token
 * in an Authorization header, never in an address that a log or the projector could show.
 */
import type { ClassReport } from "../../shared/classroom/report";
import type { ProjectorView } from "../../shared/classroom/projector";
import { currentLanguage, isLang, t } from "../../shared/i18n";
import { describeRefusal } from "./logic/refusals";

export class OutputError extends Error {}

async function getJson<T>(serverUrl: string, path: string, token: string): Promise<T> {
  const response = await request(serverUrl, path, token);
  return (await response.json()) as T;
}

async function request(serverUrl: string, path: string, token: string): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(`${serverUrl}/api/classes/${path}`, { headers: { authorization: `Bearer ${token}` }, cache: "no-store" });
  } catch {
    throw new OutputError(t("common:unreachable"));
  }
  if (!response.ok) {
    // The refusal's key in the page's language; its English message is for logs only.
    const body = (await response.json().catch(() => null)) as Parameters<typeof describeRefusal>[0] | null;
    const text = body && typeof body === "object" ? describeRefusal({ ...(body.text ? { text: body.text } : {}) }) : "";
    throw new OutputError(text || t("classroom:serverAnswered", { status: response.status }));
  }
  return response;
}

/** The language the server writes a report or CSV in: the page's (the test-only pseudo-language asks for English, its base). */
export function exportLanguage(): string {
  const lang = currentLanguage();
  return isLang(lang) ? lang : "en";
}

export const fetchReport = (serverUrl: string, code: string, teacherToken: string) => getJson<ClassReport>(serverUrl, `${code}/report?lang=${exportLanguage()}`, teacherToken);
export const fetchProjector = (serverUrl: string, code: string, key: string) => getJson<ProjectorView>(serverUrl, `${code}/projector`, key);
export const fetchProjectorKey = async (serverUrl: string, code: string, teacherToken: string) => (await getJson<{ key: string }>(serverUrl, `${code}/projector-key`, teacherToken)).key;

/** Saves a server export (the CSV, a world's JSON record) as a file in the browser's downloads. */
export async function downloadExport(serverUrl: string, path: string, token: string, filename: string): Promise<void> {
  const response = await request(serverUrl, path, token);
  saveFile(await response.blob(), filename);
}

/** Offers `blob` as a download named `filename`. */
export function saveFile(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken its copy once the click has been handled.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
