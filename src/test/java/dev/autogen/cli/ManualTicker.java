package dev.autogen.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A {@link Progress.Ticker} that moves only when the test advances it, running what fell due. */
final class ManualTicker implements Progress.Ticker {

  private final List<Pending> pending = new ArrayList<>();
  private long now;
  private boolean closed;

  private static final class Pending {
    final long due;
    final Runnable task;
    boolean cancelled;

    Pending(long due, Runnable task) {
      this.due = due;
      this.task = task;
    }
  }

  /** Moves the clock forward and runs, on the calling thread, every task now due. */
  void advance(Duration by) {
    List<Pending> due = new ArrayList<>();
    synchronized (this) {
      now += by.toNanos();
      for (Pending p : List.copyOf(pending)) {
        if (p.due <= now) {
          pending.remove(p);
          if (!p.cancelled) {
            due.add(p);
          }
        }
      }
    }
    due.forEach(p -> p.task.run());
  }

  synchronized boolean closed() {
    return closed;
  }

  @Override
  public synchronized long nanoTime() {
    return now;
  }

  @Override
  public synchronized Runnable schedule(Runnable task, Duration delay) {
    Pending p = new Pending(now + delay.toNanos(), task);
    pending.add(p);
    return () -> {
      synchronized (this) {
        p.cancelled = true;
      }
    };
  }

  @Override
  public synchronized void close() {
    closed = true;
  }
}
