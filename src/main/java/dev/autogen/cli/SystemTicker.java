package dev.autogen.cli;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** The real clock of {@link Progress}: {@link System#nanoTime()} and one daemon timer thread. */
final class SystemTicker implements Progress.Ticker {

  private final ScheduledExecutorService timer;

  private SystemTicker(ScheduledExecutorService timer) {
    this.timer = timer;
  }

  static SystemTicker start() {
    return new SystemTicker(
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "autogen-progress");
              t.setDaemon(true);
              return t;
            }));
  }

  @Override
  public long nanoTime() {
    return System.nanoTime();
  }

  @Override
  public Runnable schedule(Runnable task, Duration delay) {
    ScheduledFuture<?> future = timer.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
    return () -> future.cancel(false);
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
