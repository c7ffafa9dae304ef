// Floods a server with pipelined unauthenticated requests from its own process, so the client's work does not
// distort what the test measures in its own. Usage: node flood-client.js URL COUNT CONNECTIONS QUERY_BYTES FIRST_INDEX
// Prints the answers' status counts as JSON, e.g. {"401":20000}.
"use strict";
const { connect } = require("node:net");

const [url, count, connections, queryBytes, first] = process.argv.slice(2);
const { hostname, port } = new URL(url);
const junk = "j".repeat(Number(queryBytes));
const perConnection = Math.ceil(Number(count) / Number(connections));

function one(start, n) {
  return new Promise((resolve, reject) => {
    const s = connect(Number(port), hostname);
    const chunks = [];
    s.setEncoding("latin1");
    s.on("data", (c) => chunks.push(c));
    s.on("error", reject);
    s.on("close", () => resolve(chunks.join("")));
    s.once("connect", async () => {
      for (let i = 0; i < n; i += 100) {
        let batch = "";
        for (let j = i; j < Math.min(n, i + 100); j++) {
          batch += `GET /v3/projects?i=${start + j}&junk=${junk} HTTP/1.1\r\nHost: x\r\n${j === n - 1 ? "Connection: close\r\n" : ""}\r\n`;
        }
        if (!s.write(batch)) await new Promise((r) => s.once("drain", r));
      }
    });
  });
}

(async () => {
  const starts = Array.from({ length: Number(connections) }, (_, c) => Number(first) + c * perConnection);
  const answers = await Promise.all(starts.map((start, c) => one(start, Math.min(perConnection, Number(count) - c * perConnection))));
  const statuses = {};
  for (const text of answers) for (const m of text.matchAll(/HTTP\/1\.1 (\d{3}) /g)) statuses[m[1]] = (statuses[m[1]] ?? 0) + 1;
  process.stdout.write(JSON.stringify(statuses) + "\n");
})().catch((e) => {
  process.stderr.write(String(e && e.stack ? e.stack : e) + "\n");
  process.exit(1);
});
