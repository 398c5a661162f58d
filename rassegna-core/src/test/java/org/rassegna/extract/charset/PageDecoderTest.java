package org.rassegna.extract.charset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rassegna.model.PageKind;

class PageDecoderTest {
  private static final String WESTERN =
      "Il caffè è pronto — “quoted” and café crème; déjà vu, naïve façade, 5 € only.";
  private static final Charset CP1252 = Charset.forName("windows-1252");

  private static String html(String charsetMeta, String body) {
    return "<html><head>"
        + charsetMeta
        + "<title>t</title></head><body><p>"
        + body
        + "</p></body></html>";
  }

  private static String decode(byte[] bytes, String declared) {
    return PageDecoder.decode(bytes, Optional.ofNullable(declared), PageKind.HTML);
  }

  @Test
  void windows_1252_declared_as_utf8_is_read_as_windows_1252() {
    byte[] bytes = html("", WESTERN).getBytes(CP1252);

    assertThat(decode(bytes, "utf-8")).contains(WESTERN);
  }

  @Test
  void undeclared_windows_1252_is_detected() {
    byte[] bytes = html("", WESTERN).getBytes(CP1252);

    assertThat(decode(bytes, null)).contains(WESTERN);
  }

  @Test
  void latin1_label_is_read_as_windows_1252_keeping_curly_quotes() {
    byte[] bytes = html("", WESTERN).getBytes(CP1252);

    assertThat(decode(bytes, "ISO-8859-1")).contains("“quoted”").contains("5 €");
  }

  @Test
  void utf8_page_labelled_latin1_is_read_as_utf8() {
    byte[] bytes = html("<meta charset=\"iso-8859-1\">", WESTERN).getBytes(StandardCharsets.UTF_8);

    assertThat(decode(bytes, "iso-8859-1")).contains(WESTERN);
    assertThat(decode(bytes, null)).contains(WESTERN);
  }

  @Test
  void utf16_with_byte_order_mark_is_decoded_and_the_mark_dropped() {
    String page = html("", "Привет, мир — 你好");
    byte[] le = page.getBytes(StandardCharsets.UTF_16LE);
    byte[] withBom = new byte[le.length + 2];
    withBom[0] = (byte) 0xFF;
    withBom[1] = (byte) 0xFE;
    System.arraycopy(le, 0, withBom, 2, le.length);

    assertThat(decode(withBom, "iso-8859-1")).isEqualTo(page);
    assertThat(decode(page.getBytes(StandardCharsets.UTF_16), null)).isEqualTo(page);
  }

  @Test
  void utf8_byte_order_mark_wins_over_a_wrong_label() {
    byte[] body = html("", WESTERN).getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);

    assertThat(decode(bytes, "shift_jis")).startsWith("<html>").contains(WESTERN);
  }

  @Test
  void shift_jis_koi8r_and_cp1251_are_read_from_meta() {
    String japanese = "東京で新しい美術館が開館した。多くの人が訪れている。";
    String russian = "Москва, столица России, крупнейший город страны.";

    assertThat(
            decode(
                html("<meta charset=\"Shift_JIS\">", japanese)
                    .getBytes(Charset.forName("Shift_JIS")),
                null))
        .contains(japanese);
    assertThat(
            decode(
                html(
                        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\">",
                        russian)
                    .getBytes(Charset.forName("KOI8-R")),
                null))
        .contains(russian);
    assertThat(
            decode(
                html("<meta charset='windows-1251'>", russian)
                    .getBytes(Charset.forName("windows-1251")),
                null))
        .contains(russian);
  }

  @Test
  void transport_charset_wins_over_meta() {
    String russian = "Москва — столица России, крупнейший город страны.";
    byte[] bytes =
        html("<meta charset=\"utf-8\">", russian).getBytes(Charset.forName("windows-1251"));

    assertThat(decode(bytes, "windows-1251")).contains(russian);
  }

  @Test
  void utf8_page_labelled_windows_1251_is_read_as_utf8() {
    String russian = "Москва — столица России, крупнейший город страны.";
    byte[] bytes = html("", russian).getBytes(StandardCharsets.UTF_8);

    assertThat(decode(bytes, "windows-1251")).contains(russian);
  }

  @Test
  void meta_claiming_utf16_on_ascii_compatible_bytes_is_read_as_utf8() {
    byte[] bytes = html("<meta charset=\"utf-16\">", WESTERN).getBytes(StandardCharsets.UTF_8);

    assertThat(decode(bytes, null)).contains(WESTERN);
  }

  @Test
  void unknown_label_falls_back_to_the_content() {
    byte[] bytes = html("", WESTERN).getBytes(StandardCharsets.UTF_8);

    assertThat(decode(bytes, "no-such-charset")).contains(WESTERN);
  }

  @Test
  void text_dumps_ignore_meta_like_lines() {
    byte[] bytes = ("<meta charset=\"koi8-r\">\n" + WESTERN).getBytes(StandardCharsets.UTF_8);

    assertThat(PageDecoder.decode(bytes, Optional.empty(), PageKind.TEXT)).endsWith(WESTERN);
  }
}
