package org.rassegna.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rassegna extract -} reads standard input, sniffed or as {@code --stdin-format} says. */
class StdinCliTest {
  private final InputStream originalIn = System.in;

  @TempDir Path dir;

  @AfterEach
  void restoreStdin() {
    System.setIn(originalIn);
  }

  private String extract(String stdin, String... options) throws Exception {
    System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
    Path out = dir.resolve("out.jsonl");
    StringWriter err = new StringWriter();
    String[] args = new String[options.length + 4];
    args[0] = "extract";
    args[1] = "-o";
    args[2] = out.toString();
    System.arraycopy(options, 0, args, 3, options.length);
    args[args.length - 1] = "-";
    int code = Main.run(args, new PrintWriter(new StringWriter()), new PrintWriter(err, true));
    assertThat(code).as(err.toString()).isZero();
    return Files.readString(out) + err;
  }

  @Test
  void jsonl_on_standard_input_is_sniffed() throws Exception {
    String result =
        extract(
            "{\"url\":\"https://x.org/1\",\"html\":\"<p>Uno.</p>\"}\n"
                + "{\"url\":\"https://x.org/2\",\"html\":\"<p>Due.</p>\"}\n");

    assertThat(result).contains("https://x.org/1", "https://x.org/2", "read 2: extracted 2");
  }

  @Test
  void stdin_format_text_reads_a_dump() throws Exception {
    String result =
        extract(
            "Piove su Roma\n\nUna pioggia intensa è caduta su Roma nella giornata di martedì, allagando"
                + " diverse strade del centro storico e chiudendo per ore due stazioni della"
                + " metropolitana.\n",
            "--stdin-format",
            "text");

    assertThat(result).contains("\"path\":\"-\"", "read 1: extracted 1");
  }
}
