package dev.autogen.cli;

import java.io.PrintWriter;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Shows a line on the terminal for a phase that takes longer than a second, and nothing for quick
 * ones or when output is not a terminal (CI logs, pipes, JSON consumers). Phases may run at the
 * same time on different threads: a phase whose line another phase interrupted reports its end on a
 * line of its own.
 */
final class Progress implements AutoCloseable {

  /** Work whose duration is shown; may throw the caller's exceptions. */
  interface Phase<T, E extends Exception> {
    T run() throws E;
  }

  private final PrintWriter err;
  private final boolean enabled;
  private final ScheduledExecutorService timer;
  private final Object lock = new Object();

  /** The phase whose {@code ...} line waits for its duration, or null. */
  private Object openLine;

  Progress(PrintWriter err, boolean enabled) {
    this.err = err;
    this.enabled = enabled;
    this.timer =
        enabled
            ? Executors.newSingleThreadScheduledExecutor(
                r -> {
                  Thread t = new Thread(r, "autogen-progress");
                  t.setDaemon(true);
                  return t;
                })
            : null;
  }

  static Progress forTerminal(PrintWriter err) {
    return new Progress(err, System.console() != null);
  }

  <T, E extends Exception> T phase(String name, Phase<T, E> work) throws E {
    if (!enabled) {
      return work.run();
    }
    long start = System.nanoTime();
    Object token = new Object();
    AtomicBoolean shown = new AtomicBoolean();
    ScheduledFuture<?> notice =
        timer.schedule(
            () -> {
              synchronized (lock) {
                shown.set(true);
                if (openLine != null) {
                  err.println();
                }
                err.print("autogen: " + name + " ...");
                openLine = token;
                err.flush();
              }
            },
            1,
            TimeUnit.SECONDS);
    try {
      return work.run();
    } finally {
      notice.cancel(false);
      synchronized (lock) {
        if (shown.get()) {
          double seconds = (System.nanoTime() - start) / 1e9;
          if (openLine == token) {
            err.printf(" %.1f s%n", seconds);
          } else {
            if (openLine != null) {
              err.println();
            }
            err.printf("autogen: %s done, %.1f s%n", name, seconds);
          }
          openLine = null;
          err.flush();
        }
      }
    }
  }

  @Override
  public void close() {
    if (timer != null) {
      timer.shutdownNow();
    }
  }
}
