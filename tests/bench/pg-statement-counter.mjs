// A TCP proxy in front of PostgreSQL that counts the SQL statements clients send: each Parse
// ('P', extended protocol, what pg sends for a parameterized query) or simple Query ('Q') message.
// Lets the bench count the statements behind one HTTP request from outside the API. Only
// connections whose application_name is `applicationName` count (the API's own pool, not the
// email queue's polling).
import { createConnection, createServer } from 'node:net';

export async function startStatementCounter(databaseUrl, applicationName = 'candor-api') {
  const target = new URL(databaseUrl);
  let statements = 0;
  const texts = [];
  const sockets = new Set();
  const server = createServer((client) => {
    const upstream = createConnection({ host: target.hostname, port: Number(target.port || 5432) });
    sockets.add(client).add(upstream);
    let buffer = Buffer.alloc(0);
    let started = false; // the startup message (and an SSL request) carry no type byte
    let counted = false;
    client.on('data', (chunk) => {
      upstream.write(chunk);
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        if (!started) {
          if (buffer.length < 8) break;
          const length = buffer.readInt32BE(0);
          if (buffer.length < length) break;
          const code = buffer.readInt32BE(4);
          // Startup parameters: NUL-terminated key/value pairs after the protocol version.
          const params = buffer.subarray(8, length).toString('utf8').split('\0');
          for (let i = 0; i + 1 < params.length; i += 2) {
            if (params[i] === 'application_name') counted = params[i + 1] === applicationName;
          }
          buffer = buffer.subarray(length);
          if (code !== 80877103) started = true; // 80877103: SSLRequest, the real startup follows
          continue;
        }
        if (buffer.length < 5) break;
        const length = buffer.readInt32BE(1);
        if (buffer.length < 1 + length) break;
        const type = String.fromCharCode(buffer[0]);
        if (counted && (type === 'P' || type === 'Q')) {
          statements += 1;
          const body = buffer.subarray(5, 1 + length);
          const text = type === 'Q' ? body : body.subarray(body.indexOf(0) + 1);
          texts.push(text.subarray(0, Math.max(0, text.indexOf(0))).toString('utf8') || `(${type} ${length} ${JSON.stringify(body.subarray(0, 60).toString('latin1'))})`);
        }
        buffer = buffer.subarray(1 + length);
      }
    });
    upstream.on('data', (chunk) => client.write(chunk));
    const close = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('close', close).on('error', close);
    upstream.on('close', close).on('error', close);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const proxied = new URL(databaseUrl);
  proxied.hostname = '127.0.0.1';
  proxied.port = String(server.address().port);
  return {
    url: proxied.toString(),
    count: () => statements,
    /** The statements' SQL text from the given count on, to see what a request ran. */
    since: (from) => texts.slice(from),
    async stop() {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
