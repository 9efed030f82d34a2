/** The content check in a worker thread (started by src/check/pending.ts): it runs while the build loads the content. */
import { parentPort, workerData } from 'node:worker_threads';
import { run } from './run.ts';

parentPort!.postMessage(run((workerData as { dir: string }).dir));
