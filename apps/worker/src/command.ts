import type { ParseArgsConfig } from 'node:util';

/** parseArgs options, each with what --help says of it (and the name of its value, for a string). */
export type CommandOptions = Record<string, NonNullable<ParseArgsConfig['options']>[string] & { description: string; valueName?: string }>;

/** A command of the worker's command line (main.ts lists them). */
export interface Command {
  summary: string;
  /** The command's own options, listed under it by --help. */
  options?: CommandOptions;
  run(values: Record<string, string | boolean | undefined>): Promise<void>;
}
