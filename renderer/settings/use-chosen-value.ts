import { useState } from 'react';

/**
 * Shows what the user just chose until the engine's next settings arrive: the choice is tied to
 * the value it replaced, so any new value from the engine (same or different) wins over it.
 */
export function useChosenValue<T>(current: T): [T, (chosen: T | undefined) => void] {
  const [choice, setChoice] = useState<{ value: T; basis: T } | undefined>(undefined);
  const shown = choice !== undefined && Object.is(choice.basis, current) ? choice.value : current;
  const choose = (chosen: T | undefined) =>
    setChoice(chosen === undefined ? undefined : { value: chosen, basis: current });
  return [shown, choose];
}
