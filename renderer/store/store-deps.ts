// What the store needs from outside, injected so tests can replace every side effect.
import type { Api, ExportFile } from '../../preload/contract';

/** Side effects the store performs besides calling the engine. */
export interface StoreDeps {
  /** The engine bridge; undefined when none is connected (the app then only explains why). */
  api: Api | undefined;
  /** Hands an export to the user (a download in the browser). */
  saveFile(file: ExportFile): void;
  /** Puts text on the clipboard. */
  copyText(text: string): Promise<void>;
}

/** Calls the engine, turning a synchronous throw (a partial bridge) into a rejection. */
export function callEngine<T>(call: () => Promise<T>): Promise<T> {
  try {
    return Promise.resolve(call());
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}

/** An engine error in words (the engine rejects with messages fit to show). */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
