package org.rassegna.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void unknown_option_is_a_usage_error_with_a_suggestion() {
    Run r = run("extract", "--formt", "json", "x.html");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("Unknown option: '--formt'").contains("--format");
  }

  @Test
  void missing_path_is_a_usage_error() {
    Run r = run("extract");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("Missing required parameter");
  }

  @Test
  void extract_writes_one_json_line_per_article_to_the_output_file(@TempDir Path dir)
      throws Exception {
    Path page = dir.resolve("page.html");
    Files.writeString(
        page,
        "<html lang=en><head><title>Rain in Rome</title></head><body><article><h1>Rain in"
            + " Rome</h1><p>Heavy rain fell on Rome on Tuesday, flooding several streets in the"
            + " historic centre and closing two metro stations for most of the"
            + " afternoon.</p></article></body></html>",
        StandardCharsets.UTF_8);
    Path out = dir.resolve("out.jsonl");
    Run r = run("extract", page.toString(), "-o", out.toString());
    assertThat(r.code()).isZero();
    assertThat(Files.readAllLines(out)).hasSize(1).first().asString().contains("Heavy rain fell");
    assertThat(r.err()).contains("read 1: extracted 1, skipped 0, failed 0");
  }

  @Test
  void failed_record_gives_exit_code_one_and_a_message_without_stack_trace(@TempDir Path dir)
      throws Exception {
    Path good = dir.resolve("good.txt");
    Files.writeString(
        good, "A title\n\nA long enough body paragraph that says something about the news.\n");
    Path missing = dir.resolve("missing.html");
    Run r = run("extract", good.toString(), missing.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err())
        .contains("no such file")
        .contains("failed 1")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
  }
}
