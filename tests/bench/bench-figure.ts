/** One benchmark figure, as written to the results JSON. */
export interface BenchFigure {
  id: string;
  value: number;
  unit: string;
  target: string;
  /** The naive baseline's value, where the benchmark has one. */
  naive: number | null;
}
