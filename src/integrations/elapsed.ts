/** Build-log timing: the benchmark reads these phase durations from the build output. */
export const seconds = (started: number) => `${((performance.now() - started) / 1000).toFixed(1)} s`;
