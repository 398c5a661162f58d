package org.rassegna.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rassegna.nlp.EntityType;

class BilouTagsTest {
  private final BilouTags tags = new BilouTags(List.of(EntityType.PERSON, EntityType.LOCATION));

  @Test
  void encode_then_decode_gives_the_same_entities() {
    List<TokenSpan> entities =
        List.of(
            new TokenSpan(0, 2, EntityType.PERSON),
            new TokenSpan(3, 4, EntityType.LOCATION),
            new TokenSpan(4, 7, EntityType.PERSON));
    int[] encoded = tags.encode(8, entities);
    assertThat(tags.decode(encoded)).isEqualTo(entities);
  }

  @Test
  void types_outside_the_tag_set_are_left_outside() {
    int[] encoded = tags.encode(3, List.of(new TokenSpan(0, 2, EntityType.ORGANIZATION)));
    assertThat(encoded).containsOnly(BilouTags.OUTSIDE);
  }

  @Test
  void inside_may_only_follow_begin_or_inside_of_its_own_type() {
    int beginPer = 1;
    int insidePer = 2;
    int insideLoc = 6;
    assertThat(tags.allowed(beginPer, insidePer)).isTrue();
    assertThat(tags.allowed(beginPer, insideLoc)).isFalse();
    assertThat(tags.allowed(BilouTags.OUTSIDE, insidePer)).isFalse();
    assertThat(tags.allowed(tags.size(), insidePer)).isFalse();
    assertThat(tags.allowedAtEnd(beginPer)).isFalse();
  }

  @Test
  void a_broken_sequence_still_decodes_to_spans() {
    assertThat(tags.decode(new int[] {1, 2, 0}))
        .containsExactly(new TokenSpan(0, 2, EntityType.PERSON));
  }
}
