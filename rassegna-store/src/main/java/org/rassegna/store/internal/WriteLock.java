package org.rassegna.store.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * The single-writer lock of a corpus folder: an OS file lock, so it is released when the holder
 * dies, even by {@code kill -9}, and a stale file never blocks the next writer. The file holds the
 * holder's process id, for the message the next writer shows.
 */
public final class WriteLock implements AutoCloseable {
  private final FileChannel channel;
  private final FileLock lock;

  private WriteLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /** The lock, or empty when another process holds it. */
  public static Optional<WriteLock> tryAcquire(Path file) throws IOException {
    FileChannel ch =
        FileChannel.open(
            file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = ch.tryLock();
    } catch (OverlappingFileLockException heldByThisProcess) {
      lock = null;
    } catch (IOException | RuntimeException e) {
      ch.close();
      throw e;
    }
    if (lock == null) {
      ch.close();
      return Optional.empty();
    }
    ch.truncate(0);
    ch.write(
        ByteBuffer.wrap(
            Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.US_ASCII)));
    ch.force(false);
    return Optional.of(new WriteLock(ch, lock));
  }

  /** The process id written by the current holder, when readable. */
  public static Optional<String> holder(Path file) {
    try {
      String pid = Files.readString(file, StandardCharsets.US_ASCII).strip();
      return pid.isEmpty() ? Optional.empty() : Optional.of(pid);
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  @Override
  public void close() throws IOException {
    try {
      lock.release();
    } finally {
      channel.close();
    }
  }
}
