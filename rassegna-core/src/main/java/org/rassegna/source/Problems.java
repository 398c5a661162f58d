package org.rassegna.source;

import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * Says what an I/O error means in words a user can act on, without Java class names: outcome
 * messages are read by people on a terminal, and stack traces are for {@code --verbose}.
 */
final class Problems {
  private Problems() {}

  static String describe(Throwable e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NotDirectoryException) {
      return "not a folder";
    }
    String m = e.getMessage();
    if (m != null && !m.isBlank()) {
      return m;
    }
    String name = e.getClass().getSimpleName().replace("Exception", "").replace("Error", "");
    return name.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT) + " error";
  }
}
