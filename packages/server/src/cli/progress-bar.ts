import cliProgress from "cli-progress";

/** A progress bar on stderr when it is a terminal; silent otherwise (scripts, CI, --json pipes). */
export function progressBar(label: string): {
  update(done: number, total: number, note?: string): void;
  stop(): void;
} {
  if (!process.stderr.isTTY) return { update() {}, stop() {} };
  const bar = new cliProgress.SingleBar(
    { format: `${label} [{bar}] {percentage}% | {note}`, stream: process.stderr, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(done, total, note = "") {
      if (!started) {
        bar.start(total, done, { note });
        started = true;
      }
      bar.setTotal(total);
      bar.update(done, { note });
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
