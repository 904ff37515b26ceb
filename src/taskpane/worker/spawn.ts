/**
 * Starts the command worker. Kept apart so that only the browser build sees `import.meta`:
 * webpack turns this form into a worker chunk of its own.
 */
export function spawnCommandWorker(): Worker {
  return new Worker(new URL("./commandWorker.ts", import.meta.url), { name: "arm-commands" });
}
