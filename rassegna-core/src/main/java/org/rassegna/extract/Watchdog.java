package org.rassegna.extract;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a task on a worker thread and gives up waiting for it after a time limit.
 *
 * <p>Java cannot stop a thread that does not cooperate: {@code Thread.stop} is gone from current
 * JDKs, and a regular expression, the HTML parser or a loop over a huge DOM never look at the
 * interrupt flag. So a task past its limit is interrupted (code that checks the flag stops early)
 * and then abandoned: the caller gets its answer now and the run goes on, while the worker finishes
 * in the background and its thread returns to the pool. What keeps an abandoned task finite is the
 * input bounds (page bytes, markup tags and depth, line length), which cap the work any page can
 * cause; the time limit only keeps one slow page from holding up the run. Workers are daemon
 * threads, so a task that never ends cannot keep the JVM alive.
 */
final class Watchdog {
  private static final AtomicInteger COUNT = new AtomicInteger();
  private static final ExecutorService WORKERS =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "rassegna-page-" + COUNT.incrementAndGet());
            t.setDaemon(true);
            return t;
          });

  private Watchdog() {}

  /**
   * The task's result, or empty when it was still running after {@code limit} (it is then
   * interrupted and abandoned). The task must not throw: it turns its own errors into results. When
   * the calling thread is interrupted while waiting, the task is cancelled, the interrupt is kept
   * and the result is empty.
   */
  static <T> Optional<T> call(Callable<T> task, Duration limit) {
    Future<T> future = WORKERS.submit(task);
    try {
      return Optional.of(future.get(limit.toNanos(), TimeUnit.NANOSECONDS));
    } catch (TimeoutException e) {
      future.cancel(true);
      return Optional.empty();
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      return Optional.empty();
    } catch (ExecutionException e) {
      throw new IllegalStateException("a watched task threw", e.getCause());
    }
  }
}
