/**
 * `npm run test:container`: carries out the Dockerfile's own steps on this
 * machine, where Docker is not installed, and probes the result: each stage in
 * its own folder standing for the image's filesystem, COPY (with --from) and RUN
 * as written, then the last stage's CMD started as an unprivileged user, its
 * HEALTHCHECK run until it passes, and the pages it serves checked. It also
 * checks the image holds no dev dependency. What it cannot check is the base
 * image itself (this uses the machine's own Node.js; the Dockerfile names
 * node:20-bookworm-slim).
 *
 * Understands FROM … AS, WORKDIR, ENV, COPY [--from] [--chown], RUN, USER,
 * EXPOSE, HEALTHCHECK … CMD [json] and CMD [json]; anything else fails loudly.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const repo = resolve(new URL('..', import.meta.url).pathname);
const port = Number(process.env.CONTAINER_PORT ?? 3700);

interface Stage {
  name: string;
  root: string;
  cwd: string;
  env: Record<string, string>;
  user: string | null;
  cmd: string[] | null;
  healthcheck: string[] | null;
}

/** The Dockerfile's instructions, continuation lines joined, comments dropped. */
function instructions(text: string): [string, string][] {
  return text
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const [word, ...rest] = line.split(/\s+/);
      return [word!.toUpperCase(), rest.join(' ')];
    });
}

/** The build context as `docker build .` sends it: the repository less .dockerignore's names. */
function contextEntries(): string[] {
  const ignored = readFileSync(join(repo, '.dockerignore'), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  const matches = (name: string) => ignored.some((p) => (p.startsWith('*') ? name.endsWith(p.slice(1)) : name === p));
  return readdirSync(repo).filter((name) => !matches(name));
}

const inStage = (stage: Stage, path: string) => (path.startsWith('/') ? join(stage.root, path) : join(stage.cwd, path));

/** COPY: sources from the build context or another stage; a directory's contents go into the destination. */
function copy(stages: Map<string, Stage>, stage: Stage, args: string) {
  const words = args.split(/\s+/);
  const from = words.find((w) => w.startsWith('--from='))?.slice(7);
  const [dest, ...sourcesReversed] = words.filter((w) => !w.startsWith('--')).reverse();
  const sources = sourcesReversed.reverse();
  const target = inStage(stage, dest!);
  for (const source of sources) {
    const base = from ? stages.get(from) : null;
    if (from && !base) throw new Error(`COPY --from=${from}: no such stage`);
    const path = base ? inStage(base, source) : join(repo, source);
    if (!existsSync(path)) throw new Error(`COPY ${source}: not found`);
    if (statSync(path).isDirectory()) {
      mkdirSync(target, { recursive: true });
      const names = !base && source === '.' ? contextEntries() : readdirSync(path);
      for (const name of names) cpSync(join(path, name), join(target, name), { recursive: true, verbatimSymlinks: true });
    } else {
      const file = dest!.endsWith('/') || sources.length > 1 ? join(target, source.split('/').at(-1)!) : target;
      mkdirSync(file.slice(0, file.lastIndexOf('/')), { recursive: true });
      cpSync(path, file);
    }
  }
}

const parseEnv = (args: string) => Object.fromEntries([...args.matchAll(/(\w+)=("[^"]*"|\S+)/g)].map((m) => [m[1]!, m[2]!.replace(/^"|"$/g, '')]));
const json = (args: string): string[] => JSON.parse(args) as string[];

async function main() {
  const work = mkdtempSync(join(tmpdir(), 'lcc-container-'));
  chmodSync(work, 0o755);
  const stages = new Map<string, Stage>();
  let stage: Stage | null = null;
  const started = Date.now();
  let server: ChildProcess | null = null;
  try {
    for (const [word, args] of instructions(readFileSync(join(repo, 'Dockerfile'), 'utf8'))) {
      if (word === 'FROM') {
        const name = /\bAS\s+(\S+)/i.exec(args)?.[1] ?? `stage${stages.size}`;
        stage = { name, root: join(work, name), cwd: join(work, name), env: {}, user: null, cmd: null, healthcheck: null };
        mkdirSync(stage.root, { recursive: true });
        stages.set(name, stage);
        console.log(`container: FROM ${args}`);
        continue;
      }
      if (!stage) throw new Error(`${word} before FROM`);
      if (word === 'WORKDIR') mkdirSync((stage.cwd = inStage(stage, args)), { recursive: true });
      else if (word === 'ENV') Object.assign(stage.env, parseEnv(args));
      else if (word === 'COPY') copy(stages, stage, args);
      else if (word === 'USER') stage.user = args;
      else if (word === 'EXPOSE') continue;
      else if (word === 'CMD') stage.cmd = json(args);
      else if (word === 'HEALTHCHECK') stage.healthcheck = json(args.slice(args.indexOf('CMD') + 3).trim());
      else if (word === 'RUN') {
        console.log(`container: [${stage.name}] RUN ${args}`);
        const run = spawnSync('sh', ['-c', args], { cwd: stage.cwd, env: { ...process.env, ...stage.env }, stdio: 'inherit' });
        if (run.status !== 0) throw new Error(`RUN ${args}: exit ${run.status}`);
      } else throw new Error(`the Dockerfile uses ${word}, which this script does not carry out`);
    }
    const final = stage!;
    if (!final.cmd || !final.healthcheck || !final.user) throw new Error('the last stage needs CMD, HEALTHCHECK and a USER');
    if (final.user === 'root' || final.user === '0') throw new Error('the image runs as root');

    // No dev dependency in what runs.
    const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
    const modules = join(final.cwd, 'node_modules');
    const present = Object.keys(pkg.devDependencies).filter((name) => existsSync(join(modules, name)));
    if (present.length > 0) throw new Error(`dev dependencies in the image: ${present.join(', ')}`);
    const size = spawnSync('du', ['-sm', final.root], { encoding: 'utf8' }).stdout.split('\t')[0];

    // Start CMD as an unprivileged user (the image's USER; here, nobody when this runs as root).
    const env = { ...process.env, ...final.env, PORT: String(port), HOSTNAME: '127.0.0.1' };
    const asUser = process.getuid?.() === 0 ? ['setpriv', '--reuid=nobody', '--regid=nogroup', '--clear-groups', '--'] : [];
    const [command, ...rest] = [...asUser, ...final.cmd];
    server = spawn(command!, rest, { cwd: final.cwd, env, stdio: ['ignore', 'inherit', 'inherit'] });
    let healthy = false;
    for (let i = 0; i < 60 && !healthy; i++) {
      await new Promise((r) => setTimeout(r, 500));
      const [hc, ...hcArgs] = final.healthcheck;
      healthy = spawnSync(hc!, hcArgs, { env }).status === 0;
    }
    if (!healthy) throw new Error('the HEALTHCHECK never passed');
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    const start = await fetch(`http://127.0.0.1:${port}/check`);
    const asset = await fetch(`http://127.0.0.1:${port}/embed.js`);
    const problems = [
      health.status !== 200 && `/healthz answered ${health.status}`,
      start.status !== 200 && `/check answered ${start.status}`,
      !(start.headers.get('content-security-policy') ?? '').includes("'strict-dynamic'") && '/check has no nonce CSP',
      asset.status !== 200 && `/embed.js answered ${asset.status}`,
    ].filter(Boolean);
    if (problems.length > 0) throw new Error(problems.join('; '));
    console.log(
      `container: the Dockerfile's steps built a standalone server (${size} MB, no dev dependencies); run as an unprivileged user, /healthz ${health.status} ${JSON.stringify(await health.json())}, /check ${start.status}, /embed.js ${asset.status} (${((Date.now() - started) / 1000).toFixed(0)} s)`,
    );
  } finally {
    server?.kill();
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`container: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
