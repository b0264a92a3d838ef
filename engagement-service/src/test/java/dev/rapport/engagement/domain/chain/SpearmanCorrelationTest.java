package dev.rapport.engagement.domain.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpearmanCorrelationTest {

  @Test
  void figuresRisingTogetherCorrelateFully() {
    SpearmanCorrelation c =
        SpearmanCorrelation.of(List.of(-10.0, 5.0, 20.0, 40.0), List.of(3.1, 3.5, 4.0, 4.6));
    assertThat(c.rho()).isCloseTo(1.0, within(1e-9));
    assertThat(c.n()).isEqualTo(4);
  }

  @Test
  void oppositeOrderIsMinusOne() {
    SpearmanCorrelation c = SpearmanCorrelation.of(List.of(1.0, 2.0, 3.0), List.of(9.0, 5.0, 1.0));
    assertThat(c.rho()).isCloseTo(-1.0, within(1e-9));
  }

  @Test
  void tiesShareTheAverageRank() {
    // x ranks: 10 -> 1, 20,20 -> 2.5, 2.5, 30 -> 4, 40 -> 5
    assertThat(SpearmanCorrelation.ranks(List.of(20.0, 10.0, 20.0, 40.0, 30.0)))
        .containsExactly(2.5, 1.0, 2.5, 5.0, 4.0);
    // y = 1,2,3,4,5 in the order given: ranks 1..5.
    // Pearson of (2.5,1,2.5,5,4) and (1,2,3,4,5): means 3 and 3;
    // cov = (-0.5)(-2) + (-2)(-1) + (-0.5)(0) + (2)(1) + (1)(2) = 1 + 2 + 0 + 2 + 2 = 7
    // varX = 0.25 + 4 + 0.25 + 4 + 1 = 9.5, varY = 10 -> rho = 7 / sqrt(95) = 0.71818...
    SpearmanCorrelation c =
        SpearmanCorrelation.of(
            List.of(20.0, 10.0, 20.0, 40.0, 30.0), List.of(1.0, 2.0, 3.0, 4.0, 5.0));
    assertThat(c.rho()).isCloseTo(7 / Math.sqrt(95), within(1e-9));
    assertThat(c.rho()).isCloseTo(0.7182, within(1e-4));
  }

  @Test
  void noCorrelationWithoutVariationOrPairs() {
    assertThat(SpearmanCorrelation.of(List.of(4.0, 4.0, 4.0), List.of(1.0, 2.0, 3.0)).rho())
        .isNull();
    assertThat(SpearmanCorrelation.of(List.of(1.0), List.of(2.0)).rho()).isNull();
  }
}
