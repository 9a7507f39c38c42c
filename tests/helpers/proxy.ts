/**
 * A reverse proxy in front of several server processes, doing what the README's nginx
 * configuration does: `/NAME/…` goes to the process of that name (the prefix removed, WebSockets
 * upgraded), anything else (pages, the matchmaker) to the first process that accepts a connection,
 * as nginx passes a request on to the next upstream when one refuses. Clients given the proxy's
 * address find a live process after one dies, as browsers behind a real proxy do.
 */
import { createServer, request, type IncomingMessage, type Server } from "node:http";
import { connect, type Socket } from "node:net";
import type { Duplex } from "node:stream";

export interface Proxy {
  readonly url: string;
  /** The address a process named `name` announces as its PUBLIC_ADDRESS (no scheme). */
  publicAddress(name: string): string;
  close(): Promise<void>;
}

/**
 * `backends`: each process's name (a path prefix) and port, in the order the proxy tries them;
 * `tried`: the names tried for pages and the matchmaker (default all), as a health check that
 * takes a stalled process out of the upstream would.
 */
export async function startProxy(backends: () => ReadonlyMap<string, number>, tried?: () => readonly string[]): Promise<Proxy> {
  const route = (url: string): { ports: number[]; path: string } => {
    const all = backends();
    const [, name, rest] = /^\/([a-z0-9]+)(\/.*)?$/.exec(url.split("?")[0]!) ?? [];
    if (name !== undefined && all.has(name)) return { ports: [all.get(name)!], path: (rest ?? "/") + url.slice(url.split("?")[0]!.length) };
    const names = tried?.() ?? [...all.keys()];
    return { ports: names.flatMap((n) => (all.has(n) ? [all.get(n)!] : [])), path: url };
  };

  const server: Server = createServer((req, res) => {
    const { ports, path } = route(req.url ?? "/");
    const body: Buffer[] = [];
    req.on("data", (chunk: Buffer) => body.push(chunk));
    req.on("end", () => {
      const attempt = (i: number) => {
        if (i >= ports.length) return void res.writeHead(502).end();
        const upstream = request({ host: "127.0.0.1", port: ports[i], method: req.method, path, headers: req.headers }, (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        });
        // Refused (the process is dead): the next one, as nginx's proxy_next_upstream does.
        upstream.on("error", () => attempt(i + 1));
        upstream.end(Buffer.concat(body));
      };
      attempt(0);
    });
  });
  const sockets = new Set<Duplex>();
  server.on("connection", (socket: Socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  server.on("upgrade", (req: IncomingMessage, client: Duplex, head: Buffer) => {
    const { ports, path } = route(req.url ?? "/");
    const upstream = connect(ports[0] ?? 1, "127.0.0.1");
    sockets.add(upstream);
    upstream.on("close", () => sockets.delete(upstream));
    const lines = [`${req.method} ${path} HTTP/1.1`];
    for (let i = 0; i < req.rawHeaders.length; i += 2) lines.push(`${req.rawHeaders[i]}: ${req.rawHeaders[i + 1]}`);
    upstream.on("connect", () => {
      upstream.write(lines.join("\r\n") + "\r\n\r\n");
      if (head.length > 0) upstream.write(head);
      upstream.pipe(client).pipe(upstream);
    });
    // A dead process, or its socket cut: the browser's socket drops as it would behind nginx.
    upstream.on("error", () => client.destroy());
    client.on("error", () => upstream.destroy());
    upstream.on("close", () => client.destroy());
    client.on("close", () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    publicAddress: (name) => `127.0.0.1:${port}/${name}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
