package dev.autogen.devdb;

/**
 * What closing a dev database does, run by the first close only: {@link DevDatabase#close()} is
 * safe to call twice, and a cleanup that failed (a leftover reported) is not tried again.
 */
final class Cleanup {
  private final Runnable action;
  private boolean done;

  Cleanup(Runnable action) {
    this.action = action;
  }

  /** This cleanup, then {@code next}, which runs even when this one fails. */
  Cleanup then(Runnable next) {
    return new Cleanup(
        () -> {
          try {
            run();
          } finally {
            next.run();
          }
        });
  }

  synchronized void run() {
    if (done) {
      return;
    }
    done = true;
    action.run();
  }
}
