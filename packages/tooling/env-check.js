// Checks that turbo hands npm's certificate, proxy and cache settings to the tasks it runs.
//
// Turbo's strict environment mode gives a task only the variables it is told to pass through. Behind a
// proxy with its own certificate authority, a task that lost NODE_EXTRA_CA_CERTS or npm's `cafile` fails
// with SELF_SIGNED_CERT_IN_CHAIN (issue 10). This script runs the root task `env-probe` through turbo with
// each variable below set (to its real value, or else to a harmless marker), and fails unless the task
// sees every one of them, and unless npm inside the task reads the same registry, CA file and cache as
// npm outside it. Run by `npm test` before turbo; `--probe` is the task's own side.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** What npm and Node read for certificates, proxies, the registry and the cache. */
export const NETWORK_ENV = [
  "NODE_EXTRA_CA_CERTS",
  "NODE_USE_SYSTEM_CA",
  "NODE_USE_ENV_PROXY",
  "SSL_CERT_FILE",
  "SSL_CERT_DIR",
  "HTTP_PROXY",
  "HTTPS_PROXY",
  "NO_PROXY",
  "http_proxy",
  "https_proxy",
  "no_proxy",
  "npm_config_cache",
  "npm_config_cafile",
  "npm_config_ca",
  "npm_config_globalconfig",
  "npm_config_userconfig",
  "npm_config_registry",
  "npm_config_proxy",
  "npm_config_https_proxy",
  "npm_config_noproxy",
  "npm_config_strict_ssl",
];
/** npm settings that must read the same inside a turbo task as outside it. */
const NPM_SETTINGS = ["registry", "cafile", "cache"];
/**
 * Harmless values for the variables that are not set outside: a proxy that answers nothing (if anything
 * in the probe went to the network, it would fail fast) and flags. The others (CA files, npm's config
 * files, registry, cache) are checked when they are set, and through npm's own settings below.
 */
const DEAD_PROXY = "http://127.0.0.1:9";
const MARKERS = {
  HTTP_PROXY: DEAD_PROXY,
  HTTPS_PROXY: DEAD_PROXY,
  http_proxy: DEAD_PROXY,
  https_proxy: DEAD_PROXY,
  npm_config_proxy: DEAD_PROXY,
  npm_config_https_proxy: DEAD_PROXY,
  NO_PROXY: "localhost",
  no_proxy: "localhost",
  npm_config_noproxy: "localhost",
  NODE_USE_SYSTEM_CA: "0",
  NODE_USE_ENV_PROXY: "0",
  npm_config_strict_ssl: "true",
};

const root = resolve(fileURLToPath(import.meta.url), "../../..");
const MARK = "[env-probe]";

const npmSettings = () =>
  Object.fromEntries(
    NPM_SETTINGS.map((key) => [
      key,
      execFileSync("npm", ["config", "get", key], { encoding: "utf8" }).trim(),
    ]),
  );

if (process.argv.includes("--probe")) {
  const env = Object.fromEntries(
    NETWORK_ENV.map((name) => [name, process.env[name] ?? null]),
  );
  console.log(`${MARK}${JSON.stringify({ env, npm: npmSettings() })}`);
} else {
  const problems = [];
  const turbo = JSON.parse(readFileSync(join(root, "turbo.json"), "utf8"));
  const passed = new Set(turbo.globalPassThroughEnv ?? []);
  for (const name of NETWORK_ENV) {
    if (!passed.has(name))
      problems.push(`turbo.json: globalPassThroughEnv lacks ${name}`);
  }

  const env = { ...process.env, TURBO_TELEMETRY_DISABLED: "1" };
  const expected = {};
  for (const name of NETWORK_ENV) {
    const value = process.env[name] ?? MARKERS[name];
    if (value === undefined) continue;
    expected[name] = env[name] = value;
  }
  const outside = npmSettings();

  const output = execFileSync(
    join(root, "node_modules/.bin/turbo"),
    [
      "run",
      "env-probe",
      "--output-logs=full",
      "--log-prefix=none",
      "--ui=stream",
    ],
    { cwd: root, env, encoding: "utf8" },
  );
  const line = output.split("\n").find((l) => l.startsWith(MARK));
  if (!line) throw new Error(`env-probe printed nothing:\n${output}`);
  const inside = JSON.parse(line.slice(MARK.length));
  for (const [name, value] of Object.entries(expected)) {
    if (inside.env[name] !== value)
      problems.push(
        `${name} is ${JSON.stringify(inside.env[name])} inside turbo, ${JSON.stringify(value)} outside`,
      );
  }
  for (const key of NPM_SETTINGS) {
    if (inside.npm[key] !== outside[key])
      problems.push(
        `npm ${key} is ${inside.npm[key]} inside turbo, ${outside[key]} outside`,
      );
  }
  if (problems.length > 0) {
    console.error(
      `✗ turbo tasks lose network settings:\n  ${problems.join("\n  ")}`,
    );
    process.exit(1);
  }
  console.log(
    `✓ turbo tasks see ${Object.keys(expected).length} certificate, proxy and npm variables, and npm's registry, cafile and cache (${outside.registry}, ${outside.cafile}, ${outside.cache})`,
  );
}
