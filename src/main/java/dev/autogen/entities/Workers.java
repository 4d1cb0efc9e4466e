package dev.autogen.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * The threads of one read: a pool bounded to the machine's cores, used for parsing and for mapping
 * (issue 18), and closed with the read so that per-thread caches end with it. Results come back in
 * the order of the input, whatever thread computed them, so the read's output never depends on
 * scheduling.
 */
final class Workers implements AutoCloseable {

  /** What one item gave: its result, or the exception its work threw. */
  record Outcome<R>(R result, RuntimeException failure) {

    /** The result, or the item's exception rethrown (in input order, as a sequential run would). */
    R get() {
      if (failure != null) {
        throw failure;
      }
      return result;
    }
  }

  private final ForkJoinPool pool;
  private final Optional<Random> shuffle;

  Workers() {
    this(Runtime.getRuntime().availableProcessors(), Optional.empty());
  }

  /**
   * @param shuffle for tests: the items are started in a random order, so that caches filled on
   *     first use are filled by other items than in a sequential run
   */
  Workers(int threads, Optional<Random> shuffle) {
    this.pool = new ForkJoinPool(Math.max(1, threads));
    this.shuffle = shuffle;
  }

  /** Applies {@code work} to every item on the pool; one outcome per item, in input order. */
  <T, R> List<Outcome<R>> map(List<T> items, Function<T, R> work) {
    List<Integer> order = new ArrayList<>(IntStream.range(0, items.size()).boxed().toList());
    shuffle.ifPresent(random -> Collections.shuffle(order, random));
    @SuppressWarnings("unchecked")
    Outcome<R>[] outcomes = new Outcome[items.size()];
    try {
      pool.submit(
              () -> order.parallelStream().forEach(i -> outcomes[i] = attempt(work, items.get(i))))
          .get();
      return Arrays.asList(outcomes);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading entities", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private static <T, R> Outcome<R> attempt(Function<T, R> work, T item) {
    try {
      return new Outcome<>(work.apply(item), null);
    } catch (RuntimeException e) {
      return new Outcome<>(null, e);
    }
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
