package dev.autogen.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Shows a line on the terminal for a phase that takes longer than a second, and nothing for quick
 * ones or when stderr is not a terminal (CI logs, pipes) or the output is for a program (JSON).
 * Plain text, no colour or cursor movement: readable in any terminal and in a screen reader. Phases
 * may run at the same time on different threads: a phase whose line another phase interrupted
 * reports its end on a line of its own. Time comes from a {@link Ticker}, so that tests drive it by
 * hand.
 */
final class Progress implements AutoCloseable {

  /** How long a phase runs before its line appears. */
  static final Duration NOTICE_AFTER = Duration.ofSeconds(1);

  /** Work whose duration is shown; may throw the caller's exceptions. */
  interface Phase<T, E extends Exception> {
    T run() throws E;
  }

  /** The clock and the timer of the progress lines: {@link SystemTicker} outside tests. */
  interface Ticker extends AutoCloseable {

    /** A monotonic time in nanoseconds, as {@link System#nanoTime()}. */
    long nanoTime();

    /**
     * Runs {@code task} once after {@code delay}, on any thread, unless the returned cancel action
     * runs first.
     */
    Runnable schedule(Runnable task, Duration delay);

    @Override
    void close();
  }

  private final PrintWriter err;
  private final Optional<Ticker> ticker;
  private final Object lock = new Object();

  /** The phase whose {@code ...} line waits for its duration, or null. */
  private Object openLine;

  /** Progress lines on {@code err}, timed by {@code ticker}, which {@link #close} closes. */
  Progress(PrintWriter err, Ticker ticker) {
    this(err, Optional.of(ticker));
  }

  private Progress(PrintWriter err, Optional<Ticker> ticker) {
    this.err = err;
    this.ticker = ticker;
  }

  /**
   * Progress on {@code err} when stderr is a terminal and the output is for people: never in a pipe
   * or a CI log, never beside machine-readable output (JSON, SARIF...), whose consumers often
   * capture both streams.
   */
  static Progress forStderr(PrintWriter err, boolean machineReadableOutput) {
    return of(err, shown(StderrTerminal.probe(), machineReadableOutput), SystemTicker::start);
  }

  /** The decision, apart from the probe that feeds it. */
  static boolean shown(boolean stderrIsTerminal, boolean machineReadableOutput) {
    return stderrIsTerminal && !machineReadableOutput;
  }

  /** Lines on {@code err} timed by a ticker {@code clock} starts, or silence. */
  static Progress of(PrintWriter err, boolean shown, Supplier<? extends Ticker> clock) {
    return new Progress(err, shown ? Optional.of(clock.get()) : Optional.empty());
  }

  <T, E extends Exception> T phase(String name, Phase<T, E> work) throws E {
    try (Running running = begin(name)) {
      return work.run();
    }
  }

  /** A phase begun by {@link #begin}; closing it ends the phase. */
  interface Running extends AutoCloseable {
    @Override
    void close();
  }

  /**
   * Begins a phase that ends when the returned handle closes, for work whose checked exceptions are
   * too many for a {@link Phase}.
   */
  Running begin(String name) {
    if (ticker.isEmpty()) {
      return () -> {};
    }
    Ticker time = ticker.get();
    long start = time.nanoTime();
    Object token = new Object();
    AtomicBoolean shown = new AtomicBoolean();
    Runnable cancel =
        time.schedule(
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
            NOTICE_AFTER);
    return () -> {
      cancel.run();
      synchronized (lock) {
        if (shown.get()) {
          double seconds = (time.nanoTime() - start) / 1e9;
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
    };
  }

  @Override
  public void close() {
    ticker.ifPresent(Ticker::close);
  }
}
