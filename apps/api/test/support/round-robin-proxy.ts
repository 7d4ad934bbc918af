import { Agent, IncomingHttpHeaders, IncomingMessage, request, Server, ServerResponse, createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';

/** Hop-by-hop headers (RFC 9110 §7.6.1): they describe one connection and are never forwarded. */
const HOP_BY_HOP = ['connection', 'keep-alive', 'proxy-connection', 'te', 'trailer', 'upgrade'];

/** The response header naming the backend (0-based index) that answered, added by the proxy. */
export const BACKEND_HEADER = 'x-test-backend';

/**
 * A small load balancer for tests: each request goes to the next backend in turn. It forwards the
 * method, path, headers (hop-by-hop ones dropped) and body, and answers with the backend's status,
 * headers (every Set-Cookie kept) and body. Like nginx's `$proxy_add_x_forwarded_for`, it appends
 * the TCP peer's address to `X-Forwarded-For`, so a backend that trusts one proxy hop
 * (TRUST_PROXY=1) sees the real client address, whatever the client wrote in that header.
 */
export class RoundRobinProxy {
  /** Requests answered, per backend. */
  readonly counts: number[] = [];
  private backends: URL[] = [];
  private next = 0;
  private server?: Server;
  /** Forwarding failures (the backend refused or dropped the connection), each answered 502. */
  readonly errors: string[] = [];
  port = 0;

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Listens on a free loopback port; backends can be set later (their PUBLIC_URL is this proxy's). */
  async start(): Promise<this> {
    const server = createServer((req, res) => this.forward(req, res));
    // Clients may keep their connections for a minute (their agents leave a second to spare).
    server.keepAliveTimeout = 60_000;
    this.server = server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.port = (server.address() as AddressInfo).port;
    return this;
  }

  setBackends(urls: string[]): void {
    this.backends = urls.map((url) => new URL(url));
    this.counts.splice(0, this.counts.length, ...urls.map(() => 0));
    this.next = 0;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private forward(req: IncomingMessage, res: ServerResponse): void {
    if (this.backends.length === 0) {
      res.writeHead(503).end();
      return;
    }
    const index = this.next++ % this.backends.length;
    const target = this.backends[index];
    const headers = withoutHopByHop(req.headers);
    const peer = req.socket.remoteAddress ?? '';
    headers['x-forwarded-for'] = req.headers['x-forwarded-for'] ? `${req.headers['x-forwarded-for']}, ${peer}` : peer;
    headers['x-forwarded-proto'] = 'http';
    headers['x-forwarded-host'] = req.headers.host ?? '';
    const upstream = request(
      // A new connection per request, as nginx does by default (no upstream keepalive): a
      // reused idle connection could meet the backend closing it at the same moment.
      { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: { ...headers, connection: 'close' }, agent: false },
      (answer) => {
        this.counts[index]++;
        res.writeHead(answer.statusCode ?? 502, { ...withoutHopByHop(answer.headers), [BACKEND_HEADER]: String(index) });
        answer.pipe(res);
      },
    );
    upstream.on('error', (error: NodeJS.ErrnoException) => {
      this.errors.push(`${req.method} ${req.url} to backend ${index}: ${error.code ?? error.message}`);
      if (!res.headersSent) res.writeHead(502, { [BACKEND_HEADER]: String(index) });
      res.end();
    });
    req.pipe(upstream);
  }
}

function withoutHopByHop(headers: IncomingHttpHeaders): IncomingHttpHeaders {
  const copy: IncomingHttpHeaders = { ...headers };
  for (const name of HOP_BY_HOP) delete copy[name];
  return copy;
}

/** One GraphQL answer as a test reads it. */
export interface Answer {
  status: number;
  /** 'OK' without errors, else the first error's extensions.code (`HTTP <status>` for an answer that is not JSON, `NETWORK <code>` for no answer). */
  code: string;
  data?: Record<string, any>;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
  /** The backend that answered (BACKEND_HEADER), or -1 when the request did not pass the proxy. */
  backend: number;
  /** From sending the request to the end of the answer, in ms. */
  ms: number;
}

/**
 * An HTTP client bound to one loopback source address (127.x.y.z: Linux routes all of 127/8 to
 * the loopback interface), so a test can be many clients with distinct addresses without any
 * header the server would have to believe. Keeps cookies it is given, like a browser would.
 */
export class LoopbackClient {
  private readonly agent: Agent;
  private readonly cookies = new Map<string, string>();

  constructor(readonly localAddress: string) {
    this.agent = new Agent({ keepAlive: true, localAddress });
  }

  /** POSTs a GraphQL operation to `base`/graphql. `headers` are added as given (e.g. a forged X-Forwarded-For). */
  async gql(base: string, query: string, variables: Record<string, unknown> = {}, options: { bearer?: string; headers?: Record<string, string> } = {}): Promise<Answer> {
    const body = JSON.stringify({ query, variables });
    const headers: Record<string, string> = { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)), ...options.headers };
    if (options.bearer) headers.authorization = `Bearer ${options.bearer}`;
    if (this.cookies.size > 0) headers.cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const started = performance.now();
    let sent: { status: number; text: string; backend: number };
    try {
      sent = await this.send(`${base}/graphql`, headers, body);
    } catch (error) {
      // A failed connection is an answer too, so a load loop never stops half-way.
      return { status: 0, code: `NETWORK ${(error as NodeJS.ErrnoException).code ?? String(error)}`, backend: -1, ms: performance.now() - started };
    }
    const { status, text, backend } = sent;
    const ms = performance.now() - started;
    let parsed: Pick<Answer, 'data' | 'errors'>;
    try {
      parsed = JSON.parse(text) as Pick<Answer, 'data' | 'errors'>;
    } catch {
      return { status, code: `HTTP ${status}`, errors: [{ message: text.slice(0, 200) }], backend, ms };
    }
    const code = parsed.errors?.length ? String(parsed.errors[0].extensions?.code ?? 'ERROR') : 'OK';
    return { status, code, ...parsed, backend, ms };
  }

  /** GETs `url`; answers the status and the backend. */
  async get(url: string): Promise<{ status: number; backend: number }> {
    const { status, backend } = await this.send(url, {}, undefined);
    return { status, backend };
  }

  close(): void {
    this.agent.destroy();
  }

  private send(url: string, headers: Record<string, string>, body: string | undefined): Promise<{ status: number; text: string; backend: number }> {
    return new Promise((resolve, reject) => {
      const req = request(url, { method: body === undefined ? 'GET' : 'POST', headers, agent: this.agent }, (res) => {
        for (const line of res.headers['set-cookie'] ?? []) {
          const [pair] = line.split(';');
          const at = pair.indexOf('=');
          this.cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
        }
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const backend = res.headers[BACKEND_HEADER];
          resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8'), backend: backend === undefined ? -1 : Number(backend) });
        });
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end(body);
    });
  }
}
