import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  fetchOverpass,
  htmlToText,
  OverpassError,
  type OverpassProgress,
} from '../../../../src/lib/infra/overpass/fetch-overpass';

const QUERY = '[out:json][timeout:25];\nnode["railway"="station"](41,123,42,124);\nout tags geom qt;';
const SMALL = JSON.stringify({
  version: 0.6,
  generator: 'Overpass API test',
  elements: [
    { type: 'node', id: 1, lat: 41.8, lon: 123.4, tags: { railway: 'station', name: '沈阳站' } },
    { type: 'node', id: 2, lat: 41.9, lon: 123.5, tags: { railway: 'halt' } },
    {
      type: 'way',
      id: 3,
      tags: { highway: 'primary' },
      geometry: [
        { lat: 41.8, lon: 123.4 },
        { lat: 41.9, lon: 123.5 },
      ],
    },
  ],
});
const OVERPASS_400 = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en">
<head>
  <meta http-equiv="content-type" content="text/html; charset=utf-8" lang="en"/>
  <title>OSM3S Response</title>
</head>
<body>
<p>The data included in this document is from www.openstreetmap.org. The data is made available under ODbL.</p>
<p><strong style="color:#FF0000">Error</strong>: line 2: parse error: Unknown type &quot;nod&quot; </p>
</body>
</html>`;
const BIG_TOTAL = 64 * 1024 * 1024;

let server: Server;
let base: string;
let lastBody = '';
let lastContentType = '';
// Set by the /big route when the client goes away: how much the server managed to write.
let bigWritten: Promise<number>;

const routes: Record<string, (req: IncomingMessage, res: ServerResponse) => void> = {
  '/ok': (_req, res) => {
    const bytes = Buffer.from(SMALL);
    res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': bytes.length });
    // Four pieces with pauses, so the client sees several progress steps.
    const step = Math.ceil(bytes.length / 4);
    let i = 0;
    const next = () => {
      if (i >= bytes.length) return void res.end();
      res.write(bytes.subarray(i, (i += step)));
      setTimeout(next, 20);
    };
    next();
  },
  '/big': (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json' }); // chunked: no length to refuse early
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    let written = 0;
    let closed = false;
    bigWritten = new Promise((resolve) =>
      res.on('close', () => {
        closed = true;
        resolve(written);
      }),
    );
    res.write('{"elements":[');
    const pump = () => {
      while (!closed && written < BIG_TOTAL) {
        written += chunk.length;
        if (!res.write(chunk)) return void res.once('drain', pump);
      }
      if (!closed) res.end(']}');
    };
    pump();
  },
  '/announced-big': (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': 200 * 1024 * 1024 });
    res.write('{"elements":[');
  },
  '/busy': (_req, res) => {
    res.writeHead(429, { 'Content-Type': 'text/plain' });
    res.end('rate_limited');
  },
  '/gateway-timeout': (_req, res) => {
    res.writeHead(504);
    res.end();
  },
  '/bad-query': (_req, res) => {
    res.writeHead(400, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(OVERPASS_400);
  },
  '/server-error': (_req, res) => {
    res.writeHead(500, { 'Content-Type': 'text/plain' });
    res.end('dispatcher crashed');
  },
  '/remark': (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(
      JSON.stringify({
        version: 0.6,
        elements: [{ type: 'node', id: 1, lat: 41, lon: 123 }],
        remark: 'runtime error: Query timed out in "query" at line 3 after 26 seconds.',
      }),
    );
  },
  '/remark-memory': (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end('{"elements":[],"remark":"runtime error: Query run out of memory using about 2048 MB of RAM."}');
  },
  '/remark-info': (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end('{"elements":[],"remark":"runtime remark: Timeout is 25 and maxsize is 1073741824."}');
  },
  '/not-json': (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html' });
    res.end('<html><body><p>Maintenance &amp; upgrade</p></body></html>');
  },
  '/no-elements': (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end('{"version":0.6}');
  },
  '/bad-element': (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end('{"elements":[{"type":"node","id":1},{"type":"area","id":"x"}]}');
  },
  // Never answers: the client must be able to give up.
  '/slow': () => {},
  '/slow-body': (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.write('{"elements":[');
  },
};

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      lastBody = Buffer.concat(chunks).toString('utf8');
      lastContentType = req.headers['content-type'] ?? '';
      const route = routes[req.url ?? ''];
      if (route) route(req, res);
      else res.writeHead(404).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

async function failure(promise: Promise<unknown>): Promise<OverpassError> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(OverpassError);
  return err as OverpassError;
}

describe('fetchOverpass', () => {
  it('POSTs the query as a form field and parses the answer, reporting progress', async () => {
    const progress: OverpassProgress[] = [];
    const before = Date.now();
    const result = await fetchOverpass(`${base}/ok`, QUERY, { onProgress: (p) => progress.push({ ...p }) });
    expect(lastContentType).toMatch(/^application\/x-www-form-urlencoded/);
    expect(new URLSearchParams(lastBody).get('data')).toBe(QUERY);
    expect(result.json.elements.map((e) => e.type)).toEqual(['node', 'node', 'way']);
    expect(result.json.elements[0].tags).toEqual({ railway: 'station', name: '沈阳站' });
    expect(result.bytes).toBe(Buffer.byteLength(SMALL));
    expect(result.endpoint).toBe(`${base}/ok`);
    expect(Date.parse(result.fetchedAt)).toBeGreaterThanOrEqual(before - 1000);

    expect(progress[0].phase).toBe('waiting');
    expect(progress.at(-1)).toEqual({ phase: 'parsing', receivedBytes: result.bytes, totalBytes: result.bytes });
    const downloading = progress.filter((p) => p.phase === 'downloading');
    expect(downloading.length).toBeGreaterThanOrEqual(3);
    for (let i = 1; i < downloading.length; i++) {
      expect(downloading[i].receivedBytes).toBeGreaterThan(downloading[i - 1].receivedBytes);
    }
    expect(downloading.every((p) => p.totalBytes === result.bytes)).toBe(true);
  });

  it('stops a body larger than maxBytes early', async () => {
    const maxBytes = 256 * 1024;
    let lastReceived = 0;
    const err = await failure(
      fetchOverpass(`${base}/big`, QUERY, { maxBytes, onProgress: (p) => (lastReceived = p.receivedBytes) }),
    );
    expect(err.code).toBe('too-large');
    expect(err.messages.en).toContain('256 KB');
    expect(err.messages.zh).toContain('已停止下载');
    expect(lastReceived).toBeLessThanOrEqual(maxBytes);
    // The server saw the connection close long before it could write everything.
    expect(await bigWritten).toBeLessThan(BIG_TOTAL / 2);
  });

  it('refuses at once a body whose announced length is over maxBytes', async () => {
    const t0 = Date.now();
    const err = await failure(fetchOverpass(`${base}/announced-big`, QUERY, { maxBytes: 1024 * 1024 }));
    expect(err.code).toBe('too-large');
    expect(err.messages.en).toContain('1 MB');
    expect(Date.now() - t0).toBeLessThan(2000);
  });

  it('reports 429 and 504 as busy, telling the user to wait or switch server', async () => {
    for (const path of ['/busy', '/gateway-timeout']) {
      const err = await failure(fetchOverpass(`${base}${path}`, QUERY));
      expect(err.code).toBe('busy');
      expect(err.messages.en).toMatch(/busy \(HTTP (429|504)\).*Wait.*another Overpass server/);
      expect(err.messages.zh).toContain('正忙');
    }
  });

  it('reports a 400 with the text of Overpass\u2019s error, without HTML', async () => {
    const err = await failure(fetchOverpass(`${base}/bad-query`, QUERY));
    expect(err.code).toBe('http');
    expect(err.messages.en).toContain('rejected the query (HTTP 400): Error: line 2: parse error: Unknown type "nod"');
    expect(err.messages.zh).toContain('Unknown type "nod"');
    expect(err.messages.en).not.toMatch(/<|>|ODbL/);
  });

  it('reports other HTTP errors with their status and text', async () => {
    const err = await failure(fetchOverpass(`${base}/server-error`, QUERY));
    expect(err.code).toBe('http');
    expect(err.messages.en).toContain('(HTTP 500): dispatcher crashed');
  });

  it('turns a runtime-error remark into an error, and lets an informational remark through', async () => {
    const timeout = await failure(fetchOverpass(`${base}/remark`, QUERY));
    expect(timeout.code).toBe('remark');
    expect(timeout.messages.en).toContain('timed out');
    expect(timeout.detail).toContain('Query timed out');
    const memory = await failure(fetchOverpass(`${base}/remark-memory`, QUERY));
    expect(memory.messages.en).toContain('out of memory');
    const info = await fetchOverpass(`${base}/remark-info`, QUERY);
    expect(info.json.remark).toMatch(/^runtime remark/);
  });

  it('rejects bodies that are not Overpass JSON', async () => {
    const html = await failure(fetchOverpass(`${base}/not-json`, QUERY));
    expect(html.code).toBe('bad-response');
    expect(html.detail).toBe('not JSON: Maintenance & upgrade');
    const noElements = await failure(fetchOverpass(`${base}/no-elements`, QUERY));
    expect(noElements.detail).toMatch(/elements/);
    const badElement = await failure(fetchOverpass(`${base}/bad-element`, QUERY));
    expect(badElement.detail).toMatch(/^elements\[1\]/);
  });

  it('aborts a request that gets no answer', async () => {
    const controller = new AbortController();
    const t0 = Date.now();
    setTimeout(() => controller.abort(), 100);
    const err = await failure(fetchOverpass(`${base}/slow`, QUERY, { signal: controller.signal }));
    expect(err.code).toBe('aborted');
    expect(Date.now() - t0).toBeLessThan(1000);
  });

  it('aborts a download in progress', async () => {
    const controller = new AbortController();
    const phases: string[] = [];
    const t0 = Date.now();
    const promise = fetchOverpass(`${base}/slow-body`, QUERY, {
      signal: controller.signal,
      onProgress: (p) => {
        phases.push(p.phase);
        if (p.receivedBytes > 0) controller.abort();
      },
    });
    const err = await failure(promise);
    expect(err.code).toBe('aborted');
    expect(phases).toContain('downloading');
    expect(Date.now() - t0).toBeLessThan(1000);
  });

  it('fails at once when the signal is already aborted', async () => {
    const err = await failure(fetchOverpass(`${base}/ok`, QUERY, { signal: AbortSignal.abort() }));
    expect(err.code).toBe('aborted');
  });

  it('reports a refused connection as a network error', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const err = await failure(fetchOverpass(`http://127.0.0.1:${port}/api/interpreter`, QUERY));
    expect(err.code).toBe('network');
    expect(err.messages.en).toContain(`Could not reach 127.0.0.1:${port}`);
    expect(err.detail).toMatch(/ECONNREFUSED/);
  });
});

describe('htmlToText', () => {
  it('keeps the text of each block and decodes entities', () => {
    expect(htmlToText(OVERPASS_400).split('\n')).toEqual([
      'The data included in this document is from www.openstreetmap.org. The data is made available under ODbL.',
      'Error: line 2: parse error: Unknown type "nod"',
    ]);
  });
});
