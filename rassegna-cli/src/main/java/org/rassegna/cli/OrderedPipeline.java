package org.rassegna.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Applies a function to a stream of inputs on a bounded pool of named threads and hands the results
 * on in input order. At most {@code 4 × threads} inputs are in flight, so memory stays bounded
 * however long the input.
 */
final class OrderedPipeline<I, O> implements AutoCloseable {

  /** Receives results in input order; returns false to stop the run. */
  interface Sink<O> {
    boolean accept(O result) throws Exception;
  }

  private final ExecutorService pool;
  private final int window;
  private final Function<I, O> function;
  private final Sink<O> sink;
  private final Deque<Future<O>> inFlight = new ArrayDeque<>();
  private boolean stopped;

  OrderedPipeline(int threads, String name, Function<I, O> function, Sink<O> sink) {
    this.pool = Executors.newFixedThreadPool(threads, new NamedThreads(name));
    this.window = 4 * threads;
    this.function = function;
    this.sink = sink;
  }

  /** Submits one input; returns false once the sink asked to stop. */
  boolean submit(I input) throws Exception {
    if (stopped) {
      return false;
    }
    inFlight.add(pool.submit(() -> function.apply(input)));
    while (inFlight.size() >= window && !stopped) {
      deliverOldest();
    }
    return !stopped;
  }

  /** Delivers everything still in flight. */
  void finish() throws Exception {
    while (!inFlight.isEmpty() && !stopped) {
      deliverOldest();
    }
  }

  private void deliverOldest() throws Exception {
    Future<O> f = inFlight.poll();
    O result;
    try {
      result = f.get();
    } catch (ExecutionException e) {
      throw e.getCause() instanceof Exception ex ? ex : e;
    }
    if (!sink.accept(result)) {
      stopped = true;
    }
  }

  @Override
  public void close() {
    inFlight.forEach(f -> f.cancel(true));
    pool.shutdownNow();
  }
}
