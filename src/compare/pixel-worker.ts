// Worker-thread entry: runs pixel jobs from pool.ts. pixelmatch is synchronous JavaScript, so
// without workers every comparison would queue on the main thread; with them both cores work.
import { parentPort } from 'node:worker_threads';
import { comparePixels, type PixelJob } from './pixel-core.js';

interface Request { id: number; job: PixelJob }

const port = parentPort;
if (!port) throw new Error('pixel-worker.js must be started as a worker thread');

port.on('message', (msg: Request) => {
  comparePixels(msg.job).then(
    (result) => {
      // Hand the diff bytes over instead of copying them.
      const transfer = result.diffPng ? [result.diffPng.buffer as ArrayBuffer] : [];
      port.postMessage({ id: msg.id, ok: true, result }, transfer);
    },
    (e: unknown) => port.postMessage({ id: msg.id, ok: false, error: e instanceof Error ? e.message : String(e) }),
  );
});
