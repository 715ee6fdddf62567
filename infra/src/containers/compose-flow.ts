import { execFileSync } from 'node:child_process';
import { mintStaffToken } from '@hotelops/gateway';

/**
 * The checks of `npm run test:compose` once the compose stack is healthy (compose-test.sh
 * starts it): a cross-domain flow over the containerised Kafka (check-out → survey case in care),
 * a graceful restart of the care container with a check-out made while it was down (nothing is
 * lost), and one query joining care and reservations through the gateway.
 * Env: GATEWAY_URL, JWT_SECRET, CARE_CONTAINER (podman name of the care container).
 */
const env = (name: string): string => {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is required`);
  return v;
};
const GATEWAY_URL = env('GATEWAY_URL');
const CARE = env('CARE_CONTAINER');
const step = (msg: string) => console.log(`compose-flow: ${msg}`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function eventually<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 90_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await probe();
      if (v !== undefined) return v;
    } catch (err) {
      last = err;
    }
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await sleep(1000);
  }
}

const podman = (...args: string[]) => execFileSync('podman', args, { encoding: 'utf8' }).trim();

async function main() {
  const token = await mintStaffToken(
    { roles: ['general-manager'], properties: ['*'] },
    { secret: env('JWT_SECRET'), issuer: 'hotelops', audience: 'hotelops-api' },
  );
  const gql = async (query: string, variables: Record<string, unknown> = {}): Promise<any> => {
    const res = await fetch(GATEWAY_URL, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: unknown; errors?: { message: string }[] };
    if (body.errors?.length) throw new Error(`${query.slice(0, 60)}…: ${body.errors.map((e) => e.message).join('; ')}`);
    return body.data;
  };

  const p = (await gql(`mutation { createProperty(input: {code: "CMP", name: "Compose Hotel", timeZone: "UTC", currency: "EUR"}) { id } }`))
    .createProperty.id;
  const t = (
    await gql(
      `mutation($p: ID!) { createRoomType(input: {propertyId: $p, code: "DBL", name: "Double", capacity: 2, baseRateMinor: 12000}) { id } }`,
      { p },
    )
  ).createRoomType.id;
  for (const n of ['101', '102'])
    await gql(`mutation($t: ID!, $n: String!) { createRoom(input: {roomTypeId: $t, number: $n, floor: 1}) { id } }`, { t, n });
  step(`property ${p} with two rooms`);

  const today = new Date().toISOString().slice(0, 10);
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  const checkedOutStay = async (guestName: string): Promise<string> => {
    const id = (
      await gql(
        `mutation($t: ID!, $a: LocalDate!, $d: LocalDate!, $g: String!) { createReservation(input: {roomTypeId: $t, arrival: $a, departure: $d, guestName: $g, channel: PHONE}) { id } }`,
        { t, a: today, d: tomorrow, g: guestName },
      )
    ).createReservation.id;
    await gql(`mutation($id: ID!) { checkIn(id: $id) { id } }`, { id });
    await gql(`mutation($r: ID!) { postFolioPayment(input: {reservationId: $r, description: "Card", amountMinor: 12000}) { id } }`, {
      r: id,
    });
    await gql(`mutation($id: ID!) { checkOut(id: $id) { status } }`, { id });
    return id;
  };
  const surveys = async (id: string): Promise<number> =>
    (await gql(`query($id: ID!) { reservation(id: $id) { cases { kind } } }`, { id })).reservation.cases.filter(
      (c: { kind: string }) => c.kind === 'SURVEY',
    ).length;

  const first = await checkedOutStay('Ada Lovelace');
  await eventually('the survey case of the first check-out', async () => ((await surveys(first)) === 1 ? true : undefined));
  step('check-out → survey case in care, over Kafka');

  // Graceful stop: tini hands SIGTERM to node, the kernel drains and exits 0.
  podman('stop', '-t', '30', CARE);
  const exitCode = podman('inspect', '--format', '{{.State.ExitCode}}', CARE);
  const logs = execFileSync('podman', ['logs', CARE], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (exitCode !== '0' || !logs.includes('SIGTERM: draining') || !logs.includes('subgraph stopped'))
    throw new Error(`care did not drain on SIGTERM (exit ${exitCode}):\n${logs.slice(-2000)}`);
  step('care stopped on SIGTERM after draining (exit 0)');

  const second = await checkedOutStay('Grace Hopper');
  step('checked out a second stay while care was down');
  podman('start', CARE);
  await eventually('care healthy again', async () => (podman('healthcheck', 'run', CARE), true), 120_000);
  await eventually('the survey case of the check-out made while care was down', async () =>
    (await surveys(second)) === 1 ? true : undefined,
  );
  if ((await surveys(first)) !== 1) throw new Error('the first stay lost (or doubled) its survey case across the restart');
  step('care restarted: the event published while it was down was consumed, nothing lost or doubled');

  const joined = await gql(
    `query($p: ID!) { cases(propertyId: $p, first: 10) { nodes { kind reservation { guestName room { number } } } } }`,
    {
      p,
    },
  );
  const guests = joined.cases.nodes.map((n: { reservation?: { guestName: string } }) => n.reservation?.guestName).sort();
  if (JSON.stringify(guests) !== JSON.stringify(['Ada Lovelace', 'Grace Hopper']))
    throw new Error(`joined query: ${JSON.stringify(joined)}`);
  step('one query joined care cases with their stays and rooms from reservations');
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(`compose-flow: FAILED: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
