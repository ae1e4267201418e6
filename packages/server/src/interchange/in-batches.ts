import type { Readable } from "node:stream";

/**
 * Items of an object-mode stream in arrays of `size`, with backpressure (the stream pauses while a
 * full batch waits). One await per batch instead of per item: per-row awaits cost seconds at a
 * million rows.
 */
export async function* inBatches<T>(readable: Readable, size: number): AsyncGenerator<T[]> {
  let batch: T[] = [];
  let ended = false;
  let failure: unknown = null;
  let wake: (() => void) | null = null;
  const signal = () => {
    const resolve = wake;
    wake = null;
    resolve?.();
  };
  readable.on("data", (item: T) => {
    batch.push(item);
    if (batch.length >= size) {
      readable.pause();
      signal();
    }
  });
  readable.once("end", () => {
    ended = true;
    signal();
  });
  readable.once("error", (error) => {
    failure = error;
    signal();
  });
  for (;;) {
    if (failure) throw failure;
    if (batch.length >= size || (ended && batch.length > 0)) {
      const full = batch;
      batch = [];
      yield full;
      if (!ended) readable.resume();
      continue;
    }
    if (ended) return;
    await new Promise<void>((resolve) => {
      wake = resolve;
    });
  }
}
