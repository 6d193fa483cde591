#!/usr/bin/env node
// Compiles contracts/src/**/*.sol with solc-js (standard JSON), writes contracts/artifacts/<Contract>.json and
// generates the Nethereum C# wrappers into src/EmissionsDao.Chain/Contracts/Generated/.
//
//   node scripts/build.mjs           build and update the committed outputs
//   node scripts/build.mjs --check   build into a temporary folder and compare with the committed outputs
//
// The output depends only on the sources, the pinned npm packages and this script: source unit names are relative
// (src/..., @openzeppelin/...), sources are read with LF line endings, files are written in a fixed order with LF
// line endings, so the check gives the same answer on every machine.

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import process from "node:process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const solc = require("solc");
const codegen = require("nethereum-codegen");

const CONTRACTS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const REPO_DIR = path.resolve(CONTRACTS_DIR, "..");
const SRC_DIR = path.join(CONTRACTS_DIR, "src");
const NODE_MODULES = path.join(CONTRACTS_DIR, "node_modules");
const ARTIFACTS_DIR = path.join(CONTRACTS_DIR, "artifacts");
const GENERATED_DIR = path.join(REPO_DIR, "src", "EmissionsDao.Chain", "Contracts", "Generated");
const GENERATED_NAMESPACE = "EmissionsDao.Chain.Contracts.Generated";
const CSHARP = 0; // nethereum-codegen language id: 0 = C#

const EVM_VERSION = "cancun"; // OZ 5 Governor needs mcopy; Nethereum.EVM runs Cancun/Prague.
const OPTIMIZER = { enabled: true, runs: 200 };
const MAX_RUNTIME_SIZE = 24576; // EIP-170

const CHECK = process.argv.includes("--check");
const HINT = "run `npm run build` in contracts/ and commit the result";

class BuildError extends Error {}

/** Reads a text file with LF line endings (a CRLF checkout must compile to the same bytecode). */
function readText(file) {
  return fs.readFileSync(file, "utf8").replace(/\r\n?/g, "\n");
}

/** All files under `dir`, as sorted POSIX paths relative to `dir`. */
function listFiles(dir) {
  const out = [];
  const walk = (rel) => {
    const abs = path.join(dir, rel);
    for (const entry of fs.readdirSync(abs, { withFileTypes: true })) {
      const childRel = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(childRel);
      else if (entry.isFile()) out.push(childRel);
    }
  };
  if (fs.existsSync(dir)) walk("");
  return out.sort();
}

/** Resolves imports that solc could not find in the input: @openzeppelin/... from node_modules, src/... locally. */
function findImports(unitName) {
  let file;
  if (unitName.startsWith("@openzeppelin/")) file = path.join(NODE_MODULES, ...unitName.split("/"));
  else if (unitName.startsWith("src/")) file = path.join(CONTRACTS_DIR, ...unitName.split("/"));
  else return { error: `cannot resolve import "${unitName}" (only @openzeppelin/... and src/... are allowed)` };
  if (!fs.existsSync(file)) return { error: `import "${unitName}" not found at ${path.relative(CONTRACTS_DIR, file)}` };
  return { contents: readText(file) };
}

function compile() {
  const sourceNames = listFiles(SRC_DIR)
    .filter((f) => f.endsWith(".sol"))
    .map((f) => `src/${f}`);
  if (sourceNames.length === 0) throw new BuildError("no .sol files under contracts/src");

  const sources = {};
  for (const name of sourceNames) sources[name] = { content: readText(path.join(CONTRACTS_DIR, name)) };

  const outputSelection = {};
  for (const name of sourceNames) {
    outputSelection[name] = {
      "*": ["abi", "evm.bytecode.object", "evm.bytecode.linkReferences", "evm.deployedBytecode.object"],
    };
  }
  const input = {
    language: "Solidity",
    sources,
    settings: { evmVersion: EVM_VERSION, optimizer: OPTIMIZER, outputSelection },
  };

  const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }));
  const diagnostics = output.errors ?? [];
  const errors = diagnostics.filter((d) => d.severity === "error");
  // Warnings are allowed. Ours are printed in full; those inside OpenZeppelin are summarised (we cannot fix them).
  const vendorWarnings = new Map();
  for (const w of diagnostics.filter((d) => d.severity !== "error")) {
    const file = w.sourceLocation?.file ?? "";
    if (file.startsWith("@openzeppelin/")) {
      vendorWarnings.set(w.message, (vendorWarnings.get(w.message) ?? 0) + 1);
    } else {
      console.warn((w.formattedMessage ?? w.message).trimEnd());
    }
  }
  for (const [message, count] of vendorWarnings) {
    console.warn(`warning (${count}x in @openzeppelin/contracts, not ours): ${message}`);
  }
  if (errors.length > 0) {
    const text = errors.map((e) => (e.formattedMessage ?? `${e.type}: ${e.message}`).trimEnd()).join("\n\n");
    throw new BuildError(`solc ${solc.version()} reported ${errors.length} error(s):\n\n${text}`);
  }
  return { sourceNames, output };
}

function buildArtifacts(sourceNames, output) {
  const version = solc.version();
  const artifacts = [];
  const seen = new Map();
  for (const sourceName of sourceNames) {
    const contracts = output.contracts?.[sourceName] ?? {};
    for (const contractName of Object.keys(contracts).sort()) {
      if (seen.has(contractName)) {
        throw new BuildError(
          `contract name "${contractName}" is defined in both ${seen.get(contractName)} and ${sourceName}; ` +
            "artifact and wrapper names must be unique",
        );
      }
      seen.set(contractName, sourceName);
      const c = contracts[contractName];
      if (Object.keys(c.evm.bytecode.linkReferences ?? {}).length > 0) {
        throw new BuildError(`${contractName} needs library linking, which this build does not support`);
      }
      const bytecode = c.evm.bytecode.object ? `0x${c.evm.bytecode.object}` : "0x";
      const deployedBytecode = c.evm.deployedBytecode.object ? `0x${c.evm.deployedBytecode.object}` : "0x";
      artifacts.push({
        contractName,
        sourceName,
        compiler: {
          version,
          evmVersion: EVM_VERSION,
          optimizer: { enabled: OPTIMIZER.enabled, runs: OPTIMIZER.runs },
        },
        abi: c.abi,
        bytecode,
        deployedBytecode,
      });
    }
  }
  return artifacts.sort((a, b) => (a.contractName < b.contractName ? -1 : a.contractName > b.contractName ? 1 : 0));
}

/** Maps relative output path -> file content for one artifact set, plus the C# wrappers. */
function renderOutputs(artifacts, workDir) {
  const artifactFiles = new Map();
  for (const a of artifacts) artifactFiles.set(`${a.contractName}.json`, `${JSON.stringify(a, null, 2)}\n`);

  const genDir = path.join(workDir, "generated");
  fs.mkdirSync(genDir, { recursive: true });
  for (const a of artifacts) {
    codegen.generateAllClasses(
      JSON.stringify(a.abi),
      a.bytecode,
      a.contractName,
      GENERATED_NAMESPACE,
      genDir,
      CSHARP,
    );
  }
  const generatedFiles = new Map();
  for (const rel of listFiles(genDir)) {
    generatedFiles.set(rel, postProcessCSharp(fs.readFileSync(path.join(genDir, rel), "utf8")));
  }
  return { artifactFiles, generatedFiles };
}

/** Deterministic clean-up of nethereum-codegen output: LF line endings, no trailing spaces, one final newline. */
function postProcessCSharp(code) {
  return `${code
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .replace(/[ \t]+$/gm, "")
    .replace(/\n+$/, "")}\n`;
}

function readTree(dir) {
  const files = new Map();
  for (const rel of listFiles(dir)) files.set(rel, fs.readFileSync(path.join(dir, rel), "utf8").replace(/\r\n/g, "\n"));
  return files;
}

/** Returns human-readable differences between the expected files and the directory's content. */
function diffTree(label, dir, expected) {
  const actual = readTree(dir);
  const problems = [];
  for (const [rel, content] of expected) {
    if (!actual.has(rel)) problems.push(`missing:  ${label}/${rel}`);
    else if (actual.get(rel) !== content) problems.push(`differs:  ${label}/${rel}`);
  }
  for (const rel of actual.keys()) if (!expected.has(rel)) problems.push(`extra:    ${label}/${rel}`);
  return problems;
}

/** Makes `dir` contain exactly `expected`: writes changed files only, deletes stale files and empty folders. */
function syncTree(dir, expected) {
  let written = 0;
  let deleted = 0;
  fs.mkdirSync(dir, { recursive: true });
  for (const rel of listFiles(dir)) {
    if (!expected.has(rel)) {
      fs.unlinkSync(path.join(dir, rel));
      deleted++;
    }
  }
  removeEmptyDirs(dir, true);
  for (const [rel, content] of expected) {
    const file = path.join(dir, ...rel.split("/"));
    if (fs.existsSync(file) && fs.readFileSync(file, "utf8") === content) continue;
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
    written++;
  }
  return { written, deleted };
}

function removeEmptyDirs(dir, keep) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) removeEmptyDirs(path.join(dir, entry.name), false);
  }
  if (!keep && fs.readdirSync(dir).length === 0) fs.rmdirSync(dir);
}

function printSizes(artifacts) {
  const rows = artifacts.map((a) => ({
    name: a.contractName,
    runtime: (a.deployedBytecode.length - 2) / 2,
    init: (a.bytecode.length - 2) / 2,
  }));
  const width = Math.max(...rows.map((r) => r.name.length));
  console.log(`contracts: solc ${solc.version()}, evm ${EVM_VERSION}, optimizer runs ${OPTIMIZER.runs}`);
  for (const r of rows) {
    const pct = ((100 * r.runtime) / MAX_RUNTIME_SIZE).toFixed(1);
    console.log(
      `  ${r.name.padEnd(width)}  runtime ${String(r.runtime).padStart(6)} bytes (${pct.padStart(5)}% of 24576)` +
        `  init ${String(r.init).padStart(6)} bytes`,
    );
  }
  const tooBig = rows.filter((r) => r.runtime > MAX_RUNTIME_SIZE);
  if (tooBig.length > 0) {
    throw new BuildError(
      `runtime bytecode over the EIP-170 limit of ${MAX_RUNTIME_SIZE} bytes: ` +
        tooBig.map((r) => `${r.name} (${r.runtime})`).join(", "),
    );
  }
}

function main() {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "emissionsdao-contracts-"));
  try {
    const { sourceNames, output } = compile();
    const artifacts = buildArtifacts(sourceNames, output);
    printSizes(artifacts);
    const { artifactFiles, generatedFiles } = renderOutputs(artifacts, workDir);

    const artifactsLabel = path.relative(REPO_DIR, ARTIFACTS_DIR).split(path.sep).join("/");
    const generatedLabel = path.relative(REPO_DIR, GENERATED_DIR).split(path.sep).join("/");
    if (CHECK) {
      const problems = [
        ...diffTree(artifactsLabel, ARTIFACTS_DIR, artifactFiles),
        ...diffTree(generatedLabel, GENERATED_DIR, generatedFiles),
      ];
      if (problems.length > 0) {
        console.error(`contracts: ${problems.length} generated file(s) out of date:`);
        for (const p of problems) console.error(`  ${p}`);
        console.error(`hint: ${HINT}`);
        return 1;
      }
      console.log("contracts: artifacts and wrappers match sources");
      return 0;
    }
    const a = syncTree(ARTIFACTS_DIR, artifactFiles);
    const g = syncTree(GENERATED_DIR, generatedFiles);
    console.log(
      `contracts: ${artifactFiles.size} artifact(s) in ${artifactsLabel} (${a.written} written, ${a.deleted} deleted), ` +
        `${generatedFiles.size} wrapper file(s) in ${generatedLabel} (${g.written} written, ${g.deleted} deleted)`,
    );
    return 0;
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

try {
  process.exitCode = main();
} catch (e) {
  if (e instanceof BuildError) {
    console.error(`contracts: build failed\n${e.message}`);
    process.exitCode = 1;
  } else {
    throw e;
  }
}
