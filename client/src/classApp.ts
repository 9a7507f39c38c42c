/**
 * The class pages: /class/new (a teacher creates a class), /class and /class/CODE (a student
 * joins; a stored student token comes back by itself), /class/CODE#teacher=TOKEN (the
 * dashboard). A student placed in a match goes to it with their own token as seat token, by
 * the same path a reload takes, so a dropped laptop comes back to its room by itself.
 */
import { ClassConnection, ClassJoinError } from "./classNet";
import { browserSeatStorage } from "./net";
import { hook, type ScreenName } from "./app/hook";
import { classRouteFrom, debriefLink, isClassCode, joinAddress, projectorLink, studentTokenKey, teacherLink, type ClassRoute } from "./logic/classRoute";
import { pathForCode, rememberMatch } from "./logic/route";
import { classLobby, createClassForm, joinClassForm } from "./screens/classroom/forms";
import { DashboardScreen } from "./screens/classroom/dashboard";
import { downloadCsv, downloadReportHtml, downloadWorld, runDebrief, runProjector } from "./screens/class/pages";
import { fetchProjectorKey } from "./classOutputs";
import type { OutputActions } from "./screens/class/outputs";
import { normalizeJoinCode } from "../../shared/joinCode";
import type { DashboardRoom } from "../../shared/classroom";
import type { ErrorReply } from "../../shared/protocol";
import type { RetryPolicy } from "./logic/backoff";
import { t } from "../../shared/i18n";

type Show = (name: ScreenName, element: HTMLElement) => void;

export function classRoute(): ClassRoute | null {
  return classRouteFrom(location.pathname, location.hash);
}

export async function runClass(route: ClassRoute, serverUrl: string, retry: RetryPolicy, show: Show): Promise<void> {
  const app = new ClassApp(serverUrl, retry, show);
  await app.start(route);
}

class ClassApp {
  private connection: ClassConnection | null = null;
  private dashboard: DashboardScreen | null = null;
  private lastError: ErrorReply | null = null;
  private lobbyShown = "";

  constructor(private readonly serverUrl: string, private readonly retry: RetryPolicy, private readonly show: Show) {}

  async start(route: ClassRoute): Promise<void> {
    if (route.kind === "create") return this.showCreate();
    if (route.kind === "projector") return runProjector(this.serverUrl, route.code, route.key, this.show);
    if (route.kind === "debrief") return runDebrief(this.serverUrl, route.code, route.token, this.show);
    if (route.kind === "teacher") {
      const error = await this.connect(() => ClassConnection.join(this.serverUrl, route.code, { teacherToken: route.token }, this.retry));
      if (error) this.showJoin(route.code, t("classroom:linkFailed", { reason: error }));
      return;
    }
    const token = route.code ? localStorage.getItem(studentTokenKey(route.code)) : null;
    if (route.code && token) {
      const error = await this.connect(() => ClassConnection.join(this.serverUrl, route.code!, { studentToken: token }, this.retry));
      if (!error) return;
      localStorage.removeItem(studentTokenKey(route.code));
    }
    this.showJoin(route.code ?? undefined);
  }

  private showCreate(): void {
    this.show(
      "classCreate",
      createClassForm(async (options) => this.connect(() => ClassConnection.create(this.serverUrl, options, this.retry))),
    );
  }

  private showJoin(code?: string, message?: string): void {
    if (location.pathname !== "/class" && !code) history.replaceState(null, "", "/class");
    this.show(
      "classJoin",
      joinClassForm(async ({ code: raw, name }) => {
        const code = normalizeJoinCode(raw);
        if (!isClassCode(code)) return code ? t("classroom:noSuchCode", { code }) : t("classroom:noSuchCodeEmpty");
        return this.connect(() => ClassConnection.join(this.serverUrl, code, { name }, this.retry));
      }, { ...(code ? { code } : {}), ...(message ? { message } : {}) }),
    );
  }

  /** Opens the connection and shows what it brings; resolves to an error message or null. */
  private async connect(open: () => Promise<ClassConnection>): Promise<string | null> {
    let connection: ClassConnection;
    try {
      connection = await open();
    } catch (error) {
      return error instanceof ClassJoinError ? error.message : t("common:unreachable");
    }
    this.connection = connection;
    hook.code = connection.code;
    hook.connection = "connected";
    const identity = connection.identity!;
    if (identity.role === "teacher") {
      // The teacher's address is their private link: a reload or a bookmark comes back here.
      history.replaceState(null, "", teacherLink("", identity.classCode, identity.teacherToken));
    } else {
      localStorage.setItem(studentTokenKey(identity.classCode), identity.studentToken);
      history.replaceState(null, "", joinAddress("", identity.classCode));
    }
    connection.onError((error) => {
      this.lastError = error;
      this.render();
    });
    connection.onChange(() => this.render());
    this.render();
    return null;
  }

  private render(): void {
    const connection = this.connection;
    if (!connection) return;
    hook.connection = connection.status;
    if (connection.closedReason) {
      // A class that ended is gone from the server: its token opens nothing any more.
      if (connection.ended && connection.identity) localStorage.removeItem(studentTokenKey(connection.identity.classCode));
      this.dashboard?.destroy();
      this.dashboard = null;
      this.connection = null;
      this.showJoin(undefined, connection.closedReason);
      return;
    }
    const identity = connection.identity!;
    if (identity.role === "teacher" && connection.dashboard) {
      if (!this.dashboard) {
        this.dashboard = new DashboardScreen(
          {
            send: (type, message) => {
              this.lastError = null;
              connection.send(type, message);
            },
            openRoom: (room) => this.openRoom(room),
            joinAddress: joinAddress(location.origin, identity.classCode),
            teacherLink: teacherLink(location.origin, identity.classCode, identity.teacherToken),
            outputs: this.outputs(identity.classCode, identity.teacherToken),
          },
          connection.dashboard,
        );
        this.show("dashboard", this.dashboard.element);
      } else this.dashboard.update(connection.dashboard, this.lastError);
      return;
    }
    const student = connection.student;
    if (identity.role !== "student" || !student) return;
    if (student.matchCode) {
      // The student's own token opens their seat: stored as the match's seat token, the match
      // page's start-up rejoins it, now and after every reload or drop.
      browserSeatStorage().set(student.matchCode, identity.studentToken);
      rememberMatch(student.matchCode, localStorage);
      void connection.leave();
      location.assign(pathForCode(student.matchCode));
      return;
    }
    // Redrawn only when the student's view changes (the class starts while they wait to be placed).
    const shown = JSON.stringify(student);
    if (hook.screen !== "classLobby" || shown !== this.lobbyShown) this.show("classLobby", classLobby(student));
    this.lobbyShown = shown;
  }

  private outputs(code: string, token: string): OutputActions {
    return {
      projectorLink: fetchProjectorKey(this.serverUrl, code, token).then((key) => projectorLink(location.origin, code, key)),
      debriefLink: debriefLink(location.origin, code, token),
      downloadHtml: () => downloadReportHtml(this.serverUrl, code, token),
      downloadCsv: () => downloadCsv(this.serverUrl, code, token),
      downloadWorld: (world, match) => downloadWorld(this.serverUrl, code, token, world, match),
    };
  }

  /** The room opens in a new tab, with the teacher's facilitator token stored as that match's seat. */
  private openRoom(room: DashboardRoom): void {
    browserSeatStorage().set(room.code, room.facilitatorToken);
    window.open(pathForCode(room.code), "_blank", "noopener");
  }
}
