package org.rassegna.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/** The heap a benchmark phase used, from the JVM's memory pools. */
final class Heap {
  private Heap() {}

  /** Collects garbage and starts the peaks afresh, so that they measure the phase that follows. */
  static void resetPeak() {
    System.gc();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  /** The sum of the heap pools' peaks: an upper bound of the heap in use at any one time. */
  static long peakBytes() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP)
        .mapToLong(p -> p.getPeakUsage().getUsed())
        .sum();
  }

  /** {@code heap: peak 140 MB of max 1074 MB}. */
  static String describe() {
    return String.format(
        "heap: peak %.0f MB of max %.0f MB",
        peakBytes() / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
  }
}
