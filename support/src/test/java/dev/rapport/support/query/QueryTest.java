package dev.rapport.support.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueryTest {
  @Test
  void whatAUserTypesIsMatchedLiterally() {
    assertThat(Like.containingIgnoreCase("50%_Off\\")).isEqualTo("%50\\%\\_off\\\\%");
    assertThat(Like.escape("a_b")).isEqualTo("a\\_b");
  }

  @Test
  void keysetOverTwoColumnsComparesTheSecondOnlyOnATie() {
    Map<String, Object> parameters = new HashMap<>();
    String predicate = Keyset.after(List.of("createdAt", "id"), List.of("t", 7), true, parameters);
    assertThat(predicate)
        .isEqualTo("(createdAt < :keyset0 or (createdAt = :keyset0 and id < :keyset1))");
    assertThat(parameters).containsExactlyInAnyOrderEntriesOf(Map.of("keyset0", "t", "keyset1", 7));
  }

  @Test
  void keysetOverThreeColumnsNests() {
    Map<String, Object> parameters = new HashMap<>();
    assertThat(Keyset.after(List.of("a", "b", "c"), List.of(1, 2, 3), false, parameters))
        .isEqualTo(
            "(a > :keyset0 or (a = :keyset0 and (b > :keyset1 or (b = :keyset1 and c > :keyset2))))");
    assertThat(Keyset.after(List.of("name"), List.of("x"), false, new HashMap<>()))
        .isEqualTo("(name > :keyset0)");
  }

  @Test
  void aPositionMustNameEveryColumn() {
    assertThatThrownBy(() -> Keyset.after(List.of("a", "b"), List.of(1), false, new HashMap<>()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
