/**
 * The one implementation of CommandIo that both adapters use, so `sf iuk` and `npm run iuk` print
 * exactly the same text. Only the streams differ (tests capture them).
 */
import type { CommandIo, StageProgress, StageProgressOptions, StructuredWarning } from './command.js';

export interface Streams {
  stdout: (line: string) => void;
  stderr: (line: string) => void;
  /** Whether stdin and stdout are terminals (a person can answer, the rich progress can draw). */
  isTerminal: boolean;
  /** Answers a yes/no question (tests script it; default: a prompt on the terminal). */
  ask?: (question: string) => Promise<boolean>;
}

export const processStreams: Streams = {
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
  isTerminal: Boolean(process.stdin.isTTY && process.stdout.isTTY),
};

export interface CollectingIo extends CommandIo {
  /** The warnings for the envelope, in the order they were given. */
  readonly warnings: StructuredWarning[];
}

export function createIo(options: { json: boolean; cwd: string; streams: Streams }): CollectingIo {
  const { json, cwd, streams } = options;
  const warnings: StructuredWarning[] = [];
  return {
    json,
    cwd,
    warnings,
    log: (line = '') => {
      if (!json) streams.stdout(line);
    },
    logToStderr: (line) => {
      if (!json) streams.stderr(line);
    },
    warn: (warning, humanText) => {
      warnings.push(warning);
      if (json) return;
      if (humanText !== undefined) return streams.stderr(humanText);
      streams.stderr(`Warning: ${warning.message}`);
      for (const action of warning.actions ?? []) streams.stderr(`    fix: ${action}`);
    },
    progress: (progressOptions) => startProgress(progressOptions, json, streams),
    interactive: () => !json && streams.isTerminal,
    async confirm(question) {
      if (streams.ask) return streams.ask(question);
      const { createInterface } = await import('node:readline/promises');
      const prompt = createInterface({ input: process.stdin, output: process.stdout });
      try {
        return /^(y|yes)$/i.test((await prompt.question(`${question} [y/N] `)).trim());
      } finally {
        prompt.close();
      }
    },
  };
}

/**
 * Salesforce's multi-stage output, as `sf project deploy start` shows it. On a terminal it draws and
 * redraws the stages; anywhere else (a pipe, a log file, CI=true) it must print plain lines, which is
 * its CI mode. That mode is chosen from the environment when the module loads, so a non-terminal run
 * sets CI before loading it. Under --json nothing is shown. Captured streams (tests) get plain lines
 * through the same stage/info texts, without loading the library.
 */
async function startProgress<Data extends Record<string, unknown>>(
  options: StageProgressOptions<Data>,
  json: boolean,
  streams: Streams,
): Promise<StageProgress<Data>> {
  if (json) return { goto: () => undefined, update: () => undefined, stop: () => undefined };
  if (streams !== processStreams) return plainProgress(options, streams);
  if (!streams.isTerminal && !('CI' in process.env)) process.env.CI = 'true';
  const { MultiStageOutput } = await import('@oclif/multi-stage-output');
  const output = new MultiStageOutput<Data>({
    title: options.title,
    stages: options.stages,
    jsonEnabled: false,
    data: {},
    postStagesBlock: options.info.map((info) => ({
      type: 'dynamic-key-value' as const,
      label: info.label,
      get: (data?: Partial<Data>) => info.get(data ?? {}),
    })),
  });
  return {
    goto: (stage, data) => output.goto(stage, data),
    update: (data) => output.updateData(data),
    stop: (result) => (result === 'failed' ? output.error() : output.stop()),
  };
}

/** Stage changes and changed info lines, one per line: what the CI mode prints, for captured streams. */
function plainProgress<Data extends Record<string, unknown>>(
  options: StageProgressOptions<Data>,
  streams: Streams,
): StageProgress<Data> {
  let data: Partial<Data> = {};
  let current: string | undefined;
  const shown = new Map<string, string>();
  const printInfo = () => {
    for (const info of options.info) {
      const value = info.get(data);
      if (value !== undefined && shown.get(info.label) !== value) {
        shown.set(info.label, value);
        streams.stdout(`   ${info.label}: ${value}`);
      }
    }
  };
  streams.stdout(`───── ${options.title} ─────`);
  return {
    goto(stage, update) {
      data = { ...data, ...update };
      if (stage !== current) streams.stdout(`▶ ${stage}…`);
      current = stage;
      printInfo();
    },
    update(update) {
      data = { ...data, ...update };
      printInfo();
    },
    stop(result) {
      streams.stdout(result === 'failed' ? `✘ ${current ?? ''} failed` : `✔ ${current ?? ''}`);
    },
  };
}
