/** Runs at most `slots` tasks at a time, the others in the order they were queued. */
export type Limiter = <T>(task: () => Promise<T>) => Promise<T>;

export function limiter(slots: number): Limiter {
  const limit = Math.max(1, Math.floor(slots));
  let running = 0;
  const queue: (() => void)[] = [];
  const release = () => {
    running--;
    queue.shift()?.();
  };
  return <T>(task: () => Promise<T>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const start = () => {
        running++;
        task().then(resolve, reject).finally(release);
      };
      if (running < limit) start();
      else queue.push(start);
    });
}
