/** Captured output of a command run through the launcher adapter, for tests. */
import type { Streams } from '../io.js';

export interface CommandRun {
  code: number;
  out: string[];
  err: string[];
  /** The parsed --json document on stdout. */
  json<T = { status: number; result: unknown; warnings: unknown[] }>(): T;
}

export interface Capture {
  streams: Streams;
  out: string[];
  err: string[];
  /** The questions asked (provision's confirmation). */
  asked: string[];
  finish(code: number): CommandRun;
}

/** Streams that record every line; `terminal` makes the run interactive and answers every question. */
export function capture(terminal?: { answer: boolean }): Capture {
  const out: string[] = [];
  const err: string[] = [];
  const asked: string[] = [];
  return {
    out,
    err,
    asked,
    streams: {
      stdout: (line) => out.push(line),
      stderr: (line) => err.push(line),
      isTerminal: terminal !== undefined,
      ask: (question) => {
        asked.push(question);
        return Promise.resolve(terminal?.answer ?? false);
      },
    },
    finish: (code) => ({ code, out, err, json: <T>() => JSON.parse(out.join('\n')) as T }),
  };
}
