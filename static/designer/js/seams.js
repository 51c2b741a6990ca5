// Time and randomness, in one place so that tests can replace them.

export const clock = {
  now: () => Date.now(),
  later: (callback, ms) => globalThis.setTimeout(callback, ms),
  cancel: (handle) => globalThis.clearTimeout(handle),
};

export const random = {
  fraction: () => Math.random(),
};

// Call `callback` once calls have stopped for `ms` milliseconds.
export function debounce(callback, ms, timer = clock) {
  let handle = null;
  return (...args) => {
    if (handle !== null) timer.cancel(handle);
    handle = timer.later(() => {
      handle = null;
      callback(...args);
    }, ms);
  };
}

// The tab's sessionStorage, or null where the browser refuses it.
export function sessionStore(scope = globalThis) {
  try {
    return scope.sessionStorage || null;
  } catch {
    return null;
  }
}
