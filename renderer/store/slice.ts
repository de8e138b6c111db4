// The type every slice is written against: a slice sees (and may call) the whole store.
import type { StateCreator } from 'zustand/vanilla';

import type { AppState } from './app-store';

/** Creates one slice of the app store. */
export type SliceCreator<T> = StateCreator<AppState, [], [], T>;
