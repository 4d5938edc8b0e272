// Packaging test: packs every public package with `npm pack`, installs the tarballs in a fresh
// temporary folder, then imports every export from plain Node ESM and type-checks a TypeScript
// consumer with tsc under moduleResolution `nodenext` and `bundler`. Then every ```ts and ```js example
// of each packed README is type-checked and run, as a developer would paste it. Exits non-zero on any failure.
//
// It needs no network and no npm cache: the tarballs are unpacked into the consumer's node_modules,
// and each of their third-party dependencies is linked to the copy that the root `npm ci` installed,
// that is the exact version pinned in the root package-lock.json, after checking that this version
// satisfies the range the packed manifest declares.
import { execFileSync } from "node:child_process";
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import semver from "semver";
import { readmeExamples } from "./readme-examples.js";

const root = resolve(fileURLToPath(import.meta.url), "../../..");
const rootModules = join(root, "node_modules");
const tsc = join(rootModules, "typescript/bin/tsc");
const run = (cmd, args, cwd) =>
  execFileSync(cmd, args, {
    cwd,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });

const packages = readdirSync(join(root, "packages"))
  .map((dir) => ({
    dir: join(root, "packages", dir),
    manifest: JSON.parse(
      readFileSync(join(root, "packages", dir, "package.json"), "utf8"),
    ),
  }))
  .filter(({ manifest }) => !manifest.private)
  // Optional arguments restrict the check to some packages: `node pack-check.js referentiels`.
  .filter(
    ({ manifest }) =>
      process.argv.length <= 2 ||
      process.argv.slice(2).some((name) => manifest.name.endsWith(`/${name}`)),
  );

/** Where `npm install` would put package `name` below `nodeModules`. */
const packageDir = (nodeModules, name) => join(nodeModules, ...name.split("/"));
const readManifest = (dir) =>
  JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));

/**
 * Installs the tarballs into `nodeModules` as npm would lay them out, with no network: each tarball is
 * unpacked in place, and every dependency that is not one of the tarballs is linked to the root
 * node_modules copy (the version pinned in the root lockfile), which must satisfy the declared range.
 */
function installOffline(tarballs, nodeModules) {
  const packed = new Map();
  for (const tarball of tarballs) {
    const staging = mkdtempSync(join(work, "unpack-"));
    run("tar", ["-xzf", tarball, "-C", staging, "--strip-components=1"]);
    const manifest = readManifest(staging);
    const target = packageDir(nodeModules, manifest.name);
    mkdirSync(resolve(target, ".."), { recursive: true });
    run("mv", [staging, target]);
    packed.set(manifest.name, manifest);
  }
  const linked = new Set();
  for (const manifest of packed.values()) {
    for (const [name, range] of Object.entries({
      ...manifest.dependencies,
      ...manifest.peerDependencies,
    })) {
      const provider =
        packed.get(name) ?? readManifest(packageDir(rootModules, name));
      if (!semver.satisfies(provider.version, range)) {
        throw new Error(
          `${manifest.name} declares ${name}@${range}, but ${packed.has(name) ? "its tarball" : "the root lockfile"} has ${provider.version}.`,
        );
      }
      if (packed.has(name) || linked.has(name)) continue;
      const target = packageDir(nodeModules, name);
      mkdirSync(resolve(target, ".."), { recursive: true });
      symlinkSync(realpathSync(packageDir(rootModules, name)), target, "dir");
      linked.add(name);
    }
  }
}

const work = mkdtempSync(join(tmpdir(), "pack-check-"));
let failures = 0;
let passed = 0;
const check = (name, fn) => {
  try {
    fn();
    passed++;
    console.log(`✓ ${name}`);
  } catch (error) {
    failures++;
    console.error(
      `✗ ${name}\n${error.stdout ?? ""}${error.stderr ?? ""}${error.stdout || error.stderr ? "" : error.message}`,
    );
  }
};

try {
  const tarballs = packages.map(({ dir }) => {
    const [{ filename }] = JSON.parse(
      run("npm", ["pack", "--json", "--pack-destination", work], dir),
    );
    return join(work, filename);
  });
  writeFileSync(
    join(work, "package.json"),
    JSON.stringify({ name: "consumer", private: true, type: "module" }),
  );
  installOffline(tarballs, join(work, "node_modules"));

  // Every subpath of every exports map, except package.json.
  const entries = packages.flatMap(({ manifest }) =>
    Object.keys(manifest.exports)
      .filter((key) => key !== "./package.json")
      .map((key) => ({
        specifier:
          key === "." ? manifest.name : `${manifest.name}${key.slice(1)}`,
        json: key.endsWith(".json"),
      })),
  );
  const modules = entries.filter(({ json }) => !json);

  writeFileSync(
    join(work, "consumer.mjs"),
    entries
      .map(({ specifier, json }, i) =>
        json
          ? `import j${i} from "${specifier}" with { type: "json" };\nif (typeof j${i} !== "object" || j${i} === null) throw new Error("${specifier}: empty JSON");`
          : `import * as m${i} from "${specifier}";\nif (Object.keys(m${i}).length === 0) throw new Error("${specifier}: no exports");`,
      )
      .join("\n") + `\nconsole.log("imported ${entries.length} entries");\n`,
  );
  check(
    `Node ESM imports ${entries.length} entries from ${packages.length} packed packages`,
    () => run("node", ["consumer.mjs"], work),
  );

  writeFileSync(
    join(work, "consumer.ts"),
    modules
      .map(
        ({ specifier }, i) =>
          `import * as m${i} from "${specifier}";\nexport const keys${i}: readonly string[] = Object.keys(m${i});\ntype Any${i} = 0 extends 1 & typeof m${i} ? true : false;\nexport const typed${i}: Any${i} = false;`,
      )
      .join("\n") + "\n",
  );
  for (const resolution of ["nodenext", "bundler"]) {
    const config = {
      compilerOptions: {
        module: resolution === "nodenext" ? "nodenext" : "esnext",
        moduleResolution: resolution,
        target: "es2022",
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        types: [],
      },
      files: ["consumer.ts"],
    };
    writeFileSync(
      join(work, `tsconfig.${resolution}.json`),
      JSON.stringify(config),
    );
    check(
      `tsc type-checks the consumer with moduleResolution ${resolution}`,
      () => run("node", [tsc, "-p", `tsconfig.${resolution}.json`], work),
    );
  }

  checkReadmeExamples();
} finally {
  rmSync(work, { recursive: true, force: true });
}

/** Type-checks then runs every example of every packed README (the file npm shows), one module each. */
function checkReadmeExamples() {
  const examples = packages.flatMap(({ manifest }) => {
    const readme = join(
      packageDir(join(work, "node_modules"), manifest.name),
      "README.md",
    );
    const short = manifest.name.split("/").pop();
    return readmeExamples(readFileSync(readme, "utf8")).map((example, i) => ({
      ...example,
      file: `readme-${short}-${i + 1}.${example.language === "ts" ? "ts" : "mjs"}`,
      where: `${manifest.name} README.md, line ${example.line}`,
    }));
  });
  for (const { file, code } of examples) writeFileSync(join(work, file), code);
  writeFileSync(
    join(work, "tsconfig.readme.json"),
    JSON.stringify({
      compilerOptions: {
        module: "nodenext",
        moduleResolution: "nodenext",
        target: "es2022",
        strict: true,
        noEmit: true,
        allowJs: true,
        checkJs: true,
        types: [],
      },
      files: examples.map(({ file }) => file),
    }),
  );
  check(`tsc type-checks the ${examples.length} README examples`, () =>
    run(process.execPath, [tsc, "-p", "tsconfig.readme.json"], work),
  );
  for (const { file, where } of examples)
    check(`the example at ${where} runs`, () =>
      run(
        process.execPath,
        ["--disable-warning=ExperimentalWarning", file],
        work,
      ),
    );
}
console.log(`${passed} passed, ${failures} failed`);
process.exit(failures === 0 ? 0 : 1);
