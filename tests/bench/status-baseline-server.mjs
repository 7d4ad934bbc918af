// The status-read baseline: a bare node:http handler that answers the same POST the status page
// sends by running the same three SQL statements as Candor (the link with its candidate, job and
// organization; the job's stages; the candidate's steps) through pg, and returning JSON. No
// framework, no GraphQL, no validation, no rate limit, no calendar files: the floor for this read
// on this machine. Started as its own process by status-reads.mjs: DATABASE_URL, SECRET_KEY, PORT.
import { createHmac, hkdfSync } from 'node:crypto';
import { createServer } from 'node:http';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const lookupKey = Buffer.from(hkdfSync('sha256', Buffer.from(process.env.SECRET_KEY, 'utf8'), 'candor', 'status-link lookup v1', 32));

const LINKED = `
  SELECT c.id AS candidate_id, c.organization_id, c.job_id, c.stage_id, c.name AS candidate_name,
         c.expected_response_by, c.stage_entered_at, s.kind AS stage_kind, j.title AS job_title,
         o.name AS organization_name, o.time_zone, o.status_link_expiry_days,
         (SELECT array_agg(ci.promised_date::text) FROM check_ins ci WHERE ci.candidate_id = c.id) AS checked_in_for
    FROM status_links l
    JOIN candidates c ON c.id = l.candidate_id
    JOIN stages s ON s.id = c.stage_id
    JOIN jobs j ON j.id = c.job_id
    JOIN organizations o ON o.id = c.organization_id
   WHERE l.token_hash = $1`;
const STAGES = 'SELECT * FROM stages WHERE job_id = $1 ORDER BY position';
const STEPS = 'SELECT * FROM next_steps WHERE candidate_id = $1 ORDER BY position';

async function status(token) {
  const hash = createHmac('sha256', lookupKey).update(token, 'utf8').digest();
  const { rows } = await pool.query(LINKED, [hash]);
  const linked = rows[0];
  if (!linked) return null;
  const [stages, steps] = await Promise.all([pool.query(STAGES, [linked.job_id]), pool.query(STEPS, [linked.candidate_id])]);
  return {
    candidateName: linked.candidate_name,
    organizationName: linked.organization_name,
    jobTitle: linked.job_title,
    stages: stages.rows.filter((s) => s.visible_to_candidates).map((s) => ({ name: s.candidate_label, description: s.candidate_description })),
    nextSteps: steps.rows
      .filter((s) => s.visible_to_candidate && s.state !== 'CANCELLED')
      .map((s) => ({ id: s.id, kind: s.kind, title: s.title, startsAt: s.starts_at, dueAt: s.due_at, location: s.location, instructions: s.instructions })),
    expectedResponseBy: linked.expected_response_by,
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
