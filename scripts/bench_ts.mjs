// Per-call overhead of the TypeScript SDK against raw fetch, on the same running mock.
//
// Both sides make the same calls to the same server over Node's fetch (one connection pool):
// raw fetch builds the URL, sends the token, checks the status and parses the JSON; the SDK
// does the same through its method, with its timeout, retry loop and typed errors. Many short
// rounds alternate in ABBA order, so drift and load from other processes hit both sides alike.
// The verdict is the median, over the rounds, of the ratio between the two adjacent rounds (one
// a side, run under the same conditions); the fastest and the median round of each side are
// printed beside it. Last, the SDK's own cost per call: both sides again, on a stub
// fetch that answers at once, so that only the work around the request is timed.
//
// Usage: SKILLDEO_BASE_URL=http://127.0.0.1:4010/api/v1 SKILLDEO_TOKEN=... \
//          node scripts/bench_ts.mjs [calls per round] [rounds]
// scripts/bench_ts.py starts a mock, signs in and runs this.

import { Skilldeo } from "../generated/typescript/dist/index.js";

const TARGET = 1.15;
const base = process.env.SKILLDEO_BASE_URL;
const token = process.env.SKILLDEO_TOKEN;
if (!base || !token) {
  console.error("set SKILLDEO_BASE_URL and SKILLDEO_TOKEN (scripts/bench_ts.py does)");
  process.exit(2);
}
const calls = Number(process.argv[2] ?? 100);
const rounds = Number(process.argv[3] ?? 40);
const auth = { Accept: "application/json", Authorization: `Bearer ${token}` };
let send = fetch; // the stub below replaces it for the last measurement
const client = new Skilldeo({ token, baseURL: base, fetch: (url, init) => send(url, init) });

async function rawFetch(url, init) {
  const response = await send(url, init);
  const data = await response.json();
  if (!response.ok) throw new Error(`${response.status}: ${data.message}`);
  return data;
}

const raw = {
  campaignDetails: () => {
    const url = new URL(`${base}/svc/campaign/getDetails`);
    url.searchParams.set("campaignId", "22554");
    url.searchParams.set("userId", "1042");
    return rawFetch(url, { method: "GET", headers: auth });
  },
  campaignList: () =>
    rawFetch(`${base}/svc/campaign/list`, {
      method: "POST",
      headers: { ...auth, "Content-Type": "application/json" },
      body: JSON.stringify({ org_id: 88, top: 10, skip: 0 }),
    }),
};

const sdk = {
  campaignDetails: () => client.campaignDetails({ campaignId: 22554, userId: 1042 }),
  campaignList: () => client.campaignList({ org_id: 88, top: 10, skip: 0 }),
};

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function round(fn, n) {
  const start = performance.now();
  for (let i = 0; i < n; i++) await fn();
  return (performance.now() - start) / n;
}

let worst = 0;
const us = (ms) => `${(ms * 1000).toFixed(1)}us`.padStart(9);
console.log(
  `${"operation".padEnd(16)} ${"fastest: raw".padStart(13)} ${"SDK".padStart(9)}` +
    ` ${"median: raw".padStart(12)} ${"SDK".padStart(9)} ${"ratio".padStart(7)}`,
);
for (const name of Object.keys(raw)) {
  await round(raw[name], Math.max(calls, 50)); // warm up: connections, JIT
  await round(sdk[name], Math.max(calls, 50));
  const rawTimes = [];
  const sdkTimes = [];
  for (let r = 0; r < rounds; r++) {
    if (r % 2 === 0) {
      rawTimes.push(await round(raw[name], calls));
      sdkTimes.push(await round(sdk[name], calls));
    } else {
      sdkTimes.push(await round(sdk[name], calls));
      rawTimes.push(await round(raw[name], calls));
    }
  }
  const ratio = median(sdkTimes.map((t, r) => t / rawTimes[r]));
  worst = Math.max(worst, ratio);
  console.log(
    `${name.padEnd(16)} ${us(Math.min(...rawTimes)).padStart(13)} ${us(Math.min(...sdkTimes))}` +
      ` ${us(median(rawTimes)).padStart(12)} ${us(median(sdkTimes))} ${ratio.toFixed(2).padStart(6)}x`,
  );
}
console.log(`worst ratio ${worst.toFixed(2)}x: ${worst <= TARGET ? "within" : "OVER"} the ${TARGET}x target`);

// The SDK's own cost: the same calls on a stub fetch that answers a canned body at once.
const canned = {};
for (const name of Object.keys(raw)) canned[name] = JSON.stringify(await sdk[name]());
for (const name of Object.keys(raw)) {
  send = async () => new Response(canned[name], { headers: { "Content-Type": "application/json" } });
  const stubCalls = calls * 20;
  await round(raw[name], stubCalls);
  await round(sdk[name], stubCalls);
  const rawTimes = [];
  const sdkTimes = [];
  for (let r = 0; r < 10; r++) {
    rawTimes.push(await round(raw[name], stubCalls));
    sdkTimes.push(await round(sdk[name], stubCalls));
  }
  const extra = Math.min(...sdkTimes) - Math.min(...rawTimes);
  console.log(`${name}: the SDK's own work adds ${(extra * 1000).toFixed(1)}us a call (stub fetch)`);
}
