// The status-read baseline: a bare node:http handler that answers the same POST the status page
// sends by running exactly Candor's status SQL (imported from the built API: one statement, the
// link with its candidate, job, organization, stages and steps) through pg, and returning JSON.
// No framework, no GraphQL, no validation, no rate limit: the floor for this read on this
// machine. With PREPARED=1 it sends the SQL as a named prepared statement, as Candor does.
// Started as its own process by status-reads.mjs: DATABASE_URL, SECRET_KEY, PORT, PREPARED.
import { createHmac, hkdfSync } from 'node:crypto';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import pg from 'pg';

const require = createRequire(import.meta.url);
const { STATUS_SQL } = require('../../apps/api/dist/modules/candidate-status/status-sql.js');

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const lookupKey = Buffer.from(hkdfSync('sha256', Buffer.from(process.env.SECRET_KEY, 'utf8'), 'candor', 'status-link lookup v1', 32));

async function status(token) {
  const hash = createHmac('sha256', lookupKey).update(token, 'utf8').digest();
  const { rows } = await pool.query(
    process.env.PREPARED === '1' ? { name: 'status', text: STATUS_SQL, values: [hash, new Date()] } : { text: STATUS_SQL, values: [hash, new Date()] },
  );
  const row = rows[0];
  if (!row) return null;
  return {
    candidateName: row.candidate_name,
    organizationName: row.organization_name,
    jobTitle: row.job_title,
    stages: row.stages.filter((s) => s.visibleToCandidates).map((s) => ({ name: s.candidateLabel, description: s.candidateDescription })),
    nextSteps: (row.steps ?? []).map((s) => ({ id: s.id, kind: s.kind, title: s.title, startsAt: s.startsAt, dueAt: s.dueAt, location: s.location, instructions: s.instructions })),
    expectedResponseBy: row.expected_response_by,
  };
}

createServer((req, res) => {
  let body = '';
  req.on('data', (chunk) => (body += chunk));
  req.on('end', async () => {
    try {
      const { variables } = JSON.parse(body);
      const data = await status(String(variables.token));
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(data ? { data: { candidateStatus: data } } : { errors: [{ message: 'Not found', extensions: { code: 'NOT_FOUND' } }] }));
    } catch (error) {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ errors: [{ message: String(error) }] }));
    }
  });
}).listen(Number(process.env.PORT), '127.0.0.1', () => process.stdout.write('baseline listening\n'));
