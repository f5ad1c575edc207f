/**
 * Loaded into the server under test with `NODE_OPTIONS=--import …/server-trace.mjs` by
 * bench/routes.ts, never by the application itself. When SHANHAI_BENCH_TRACE names a file, it
 * appends one JSON line per event to it:
 *
 * - `boot`: this preload ran (times are ms since the process started, `performance.now()`),
 * - `query`: every SQL statement (better-sqlite3 `all/get/run`, pg `Client#query`) with its
 *   duration and, when it ran for an HTTP request, that request's number,
 * - `listening`: the HTTP server listens,
 * - `request`: an HTTP request from arrival to the last byte written, with its SQL total,
 * - `mark`: `hr` = process.hrtime in µs beside `t`, so a --cpu-prof profile can be windowed.
 *
 * Only the process running src/cli/main.ts traces (not the tsx launcher). Measurements with
 * the trace on are for breakdowns; the headline figures come from runs without it.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { appendFileSync } from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';

const out = process.env.SHANHAI_BENCH_TRACE;
const isServer = /src[\\/]cli[\\/]main\.ts$/.test(process.argv[1] ?? '');

if (out && isServer) {
  const require = createRequire(`${process.cwd()}/package.json`);
  const als = new AsyncLocalStorage();
  const now = () => performance.now();
  const hr = () => Number(process.hrtime.bigint() / 1000n);
  const write = (event) => appendFileSync(out, `${JSON.stringify(event)}\n`);
  write({
    ev: 'boot',
    t: now(),
    hr: hr(),
    timeOrigin: performance.timeOrigin,
    pid: process.pid,
  });

  const onQuery = (sql, t0) => {
    const ms = now() - t0;
    const req = als.getStore();
    if (req) {
      req.sqlMs += ms;
      req.queries.push({ sql: sql.slice(0, 200), ms });
    } else {
      write({ ev: 'query', t: t0, ms, sql: sql.slice(0, 300) });
    }
  };

  // better-sqlite3: wrap the statement methods Kysely uses.
  try {
    const SQLite = require('better-sqlite3');
    const probe = new SQLite(':memory:');
    const proto = Object.getPrototypeOf(probe.prepare('select 1'));
    probe.close();
    for (const method of ['all', 'get', 'run']) {
      const original = proto[method];
      proto[method] = function traced(...args) {
        const t0 = now();
        try {
          return original.apply(this, args);
        } finally {
          onQuery(this.source, t0);
        }
      };
    }
  } catch (err) {
    write({ ev: 'warn', t: now(), detail: `no better-sqlite3 trace: ${err}` });
  }

  // pg: wrap Client#query (the promise form Kysely uses).
  try {
    const pg = require('pg');
    const original = pg.Client.prototype.query;
    pg.Client.prototype.query = function tracedPg(config, values, callback) {
      const t0 = now();
      const text = typeof config === 'string' ? config : (config?.text ?? '');
      const result = original.call(this, config, values, callback);
      if (result && typeof result.then === 'function') {
        return result.then(
          (r) => {
            onQuery(text, t0);
            return r;
          },
          (e) => {
            onQuery(text, t0);
            throw e;
          },
        );
      }
      return result;
    };
  } catch (err) {
    write({ ev: 'warn', t: now(), detail: `no pg trace: ${err}` });
  }

  let seq = 0;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function tracedEmit(event, ...args) {
    if (event === 'listening') write({ ev: 'listening', t: now(), hr: hr() });
    if (event !== 'request') return emit.call(this, event, ...args);
    const [req, res] = args;
    const ctx = { n: ++seq, sqlMs: 0, queries: [], t: now(), hr: hr() };
    res.once('finish', () => {
      write({
        ev: 'request',
        n: ctx.n,
        method: req.method,
        url: req.url,
        status: res.statusCode,
        t: ctx.t,
        hr: ctx.hr,
        ms: now() - ctx.t,
        hrEnd: hr(),
        sqlMs: ctx.sqlMs,
        queries: ctx.queries,
      });
    });
    return als.run(ctx, () => emit.call(this, event, ...args));
  };

  process.on('exit', () => write({ ev: 'exit', t: now(), hr: hr() }));
}
