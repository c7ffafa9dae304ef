/** The lock entry SmartenrollProvider seeds: Terraform's own format and hash, merged into an existing lock file. */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { h1Hash } from "../../src/packaging/hashes";
import { mergeLockFile } from "../../src/packaging/lock-file";
import { seedLockFile } from "../../src/packaging/smartenroll-provider";
import { removeTempDirs, tempDir } from "../support/terraform";

afterAll(removeTempDirs);

const entry = { version: "0.2.0", constraints: "~> 0.2", hashes: ["h1:new="] };
const aws = `provider "registry.terraform.io/hashicorp/aws" {\n  version     = "5.0.0"\n  constraints = "~> 5.0"\n  hashes = [\n    "h1:aws=",\n  ]\n}\n`;
const ours = (v: string) => `provider "registry.terraform.io/smartenroll/smartenroll" {\n  version     = "${v}"\n  constraints = "~> 0.1"\n  hashes = [\n    "h1:old=",\n  ]\n}\n`;

test("h1 is Go's dirhash Hash1: base64(sha256 of the sorted lines `<sha256 hex>  <name>`)", () => {
  const files = [{ name: "b.txt", content: Buffer.from("b\n") }, { name: "a.txt", content: Buffer.from("a\n") }];
  // printf '%s  a.txt\n%s  b.txt\n' $(sha256sum a.txt) $(sha256sum b.txt) | sha256sum | xxd -r -p | base64
  expect(h1Hash(files)).toBe("h1:EVREXkuTHFgAfEHR1eAsW4rzf+Z1kk9oAV7NxPuCbFQ=");
});

test("a new lock holds our entry; another version's entry is replaced; other providers are kept", () => {
  expect(mergeLockFile(undefined, entry)).toMatch(/^# This file is maintained automatically by "terraform init"\.\n[\s\S]*version     = "0\.2\.0"\n  constraints = "~> 0\.2"\n  hashes = \[\n    "h1:new=",\n  \]\n\}\n$/);
  const upgraded = mergeLockFile(`${aws}\n${ours("0.1.0")}`, entry);
  expect(upgraded).toBe(`${aws}\n${ours("0.2.0").replace("~> 0.1", "~> 0.2").replace("h1:old=", "h1:new=")}`);
  expect(mergeLockFile(aws, entry)).toContain(aws);
});

test("the same version keeps its constraint and hashes, gains the hashes it lacks, and is left alone once it has them", () => {
  // After `setup --standalone`, the installed provider is this machine's executable: its hash joins the launcher's.
  const merged = mergeLockFile(`${aws}\n${ours("0.2.0")}`, entry);
  expect(merged).toBe(`${aws}\n${ours("0.2.0").replace('    "h1:old=",\n', '    "h1:new=",\n    "h1:old=",\n')}`);
  expect(mergeLockFile(merged, entry)).toBeUndefined();
  expect(mergeLockFile(merged, { ...entry, hashes: ["h1:old="] })).toBeUndefined();
});

test("seedLockFile writes the stack's lock once and leaves the file terraform then maintains", () => {
  const stack = path.join(tempDir("seed"), "stacks", "kyc");
  seedLockFile(stack, "~> 0.1");
  const lock = path.join(stack, ".terraform.lock.hcl");
  const seeded = readFileSync(lock, "utf8");
  expect(seeded).toMatch(/provider "registry\.terraform\.io\/smartenroll\/smartenroll" \{\n  version     = "\d+\.\d+\.\d+"\n  constraints = "~> 0\.1"\n  hashes = \[\n(    "h1:[A-Za-z0-9+/]{43}=",\n)+  \]\n\}\n$/);
  writeFileSync(lock, `${seeded}# terraform's\n`);
  seedLockFile(stack, "~> 0.1");
  expect(readFileSync(lock, "utf8")).toBe(`${seeded}# terraform's\n`);
});
