/** Runs one command and measures its wall time and the peak RSS of its whole process tree. */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** What one measured command cost. */
export interface Measured {
  /** Wall time in seconds. */
  seconds: number;
  /** Highest sum of VmRSS over the process group, in bytes, sampled every 200 ms. */
  peakRss: number;
  /** Everything the command printed, stdout then stderr. */
  output: string;
}

/** The process group of a /proc/<pid>/stat line (the field after the parenthesized command name). */
export function processGroup(stat: string): number {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[2]);
}

/** Sum of VmRSS, in bytes, of every live process in group `pgid`. */
function groupRss(pgid: number): number {
  let total = 0;
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      if (processGroup(readFileSync(`/proc/${name}/stat`, 'utf8')) !== pgid) continue;
      const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${name}/status`, 'utf8'));
      if (m) total += Number(m[1]) * 1024;
    } catch {
      // The process ended between listing and reading.
    }
  }
  return total;
}

/** Runs `command args` in its own process group; `onTick` hears elapsed seconds and current RSS every 10 s. */
export function measure(
  command: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; onTick?: (seconds: number, rss: number) => void },
): Promise<Measured> {
  return new Promise((resolvePromise, reject) => {
    const start = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    let peak = 0;
    let last = 0;
    const timer = setInterval(() => {
      const rss = groupRss(child.pid as number);
      peak = Math.max(peak, rss);
      const seconds = (performance.now() - start) / 1000;
      if (options.onTick && seconds - last >= 10) {
        last = seconds;
        options.onTick(seconds, rss);
      }
    }, 200);
    child.on('error', (e) => {
      clearInterval(timer);
      reject(e);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      const seconds = (performance.now() - start) / 1000;
      const output = Buffer.concat(out).toString('utf8') + Buffer.concat(err).toString('utf8');
      if (code !== 0) {
        reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output.split('\n').slice(-30).join('\n')}`));
        return;
      }
      resolvePromise({ seconds, peakRss: peak, output });
    });
  });
}
