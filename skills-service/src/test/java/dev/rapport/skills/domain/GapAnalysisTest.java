package dev.rapport.skills.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.skills.domain.GapAnalysis.Assessment;
import dev.rapport.skills.domain.GapAnalysis.Term;
import org.junit.jupiter.api.Test;

/** The gap maths on hand-built numbers, without a database. */
class GapAnalysisTest {
  private static final String WINDOW = "the last 30 days";

  @Test
  void aTeamShortOfHolderWithDemandIsScoredTermByTerm() {
    // Needs 3 at level, has 1: two missing, a single point of failure, 4 tickets, 2 unmet.
    Assessment gap = GapAnalysis.ofTeam(3, 1, 4, 2, WINDOW);

    assertThat(gap.gap()).isEqualTo(2);
    assertThat(gap.busFactor()).isEqualTo(1);
    assertThat(gap.singlePointOfFailure()).isTrue();
    assertThat(gap.computation().terms())
        .extracting(Term::name, Term::points)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("coverage", 33), // 50 × 2/3 = 33.33
            org.assertj.core.groups.Tuple.tuple("busFactor", 15),
            org.assertj.core.groups.Tuple.tuple("demand", 4),
            org.assertj.core.groups.Tuple.tuple("unmetDemand", 6));
    assertThat(gap.score()).isEqualTo(58);
    assertThat(gap.severity()).isEqualTo(GapSeverity.HIGH);
    assertThat(gap.computation().summary()).isEqualTo("33 + 15 + 4 + 6 = 58 → HIGH (50–79)");
    assertThat(gap.computation().terms().get(0).explanation())
        .isEqualTo("2 of 3 needed missing: 50 × 2/3 = 33.33, rounded half up to 33");
    assertThat(gap.computation().thresholds())
        .containsEntry("LOW", 1)
        .containsEntry("MEDIUM", 25)
        .containsEntry("HIGH", 50)
        .containsEntry("CRITICAL", 80);
  }

  @Test
  void nobodyHoldingItIsTheWorstBusFactorAndDemandMakesItCritical() {
    Assessment quiet = GapAnalysis.ofTeam(2, 0, 0, 0, WINDOW);
    assertThat(quiet.busFactor()).isZero();
    assertThat(quiet.singlePointOfFailure()).isFalse();
    assertThat(quiet.score()).isEqualTo(50 + 25);
    assertThat(quiet.severity()).isEqualTo(GapSeverity.HIGH);

    Assessment busy = GapAnalysis.ofTeam(2, 0, 5, 0, WINDOW);
    assertThat(busy.score()).isEqualTo(80);
    assertThat(busy.severity()).isEqualTo(GapSeverity.CRITICAL);
  }

  @Test
  void aSinglePointOfFailureIsAGapEvenWhenTheHeadcountIsMet() {
    Assessment gap = GapAnalysis.ofTeam(1, 1, 0, 0, WINDOW);
    assertThat(gap.gap()).isZero();
    assertThat(gap.singlePointOfFailure()).isTrue();
    assertThat(gap.score()).isEqualTo(15);
    assertThat(gap.severity()).isEqualTo(GapSeverity.LOW);
    // With steady demand the one holder becomes a MEDIUM risk.
    assertThat(GapAnalysis.ofTeam(1, 1, 10, 0, WINDOW).severity()).isEqualTo(GapSeverity.MEDIUM);
  }

  @Test
  void aRequirementMetByTwoOrMoreHasNoGapHoweverBusy() {
    Assessment gap = GapAnalysis.ofTeam(2, 3, 40, 12, WINDOW);
    assertThat(gap.gap()).isZero();
    assertThat(gap.busFactor()).isEqualTo(3);
    assertThat(gap.score()).isZero();
    assertThat(gap.severity()).isEqualTo(GapSeverity.NONE);
    assertThat(gap.computation().terms().get(2).explanation()).contains("not counted");
  }

  @Test
  void demandTermsAreCappedSoTheScoreNeverPassesOneHundred() {
    Assessment worst = GapAnalysis.ofTeam(5, 0, 1000, 1000, WINDOW);
    assertThat(worst.computation().terms())
        .extracting(Term::points)
        .containsExactly(50, 25, 10, 15);
    assertThat(worst.score()).isEqualTo(100);
    assertThat(worst.severity()).isEqualTo(GapSeverity.CRITICAL);
  }

  @Test
  void biggerGapsFewerHoldersAndMoreDemandNeverLowerTheSeverity() {
    for (int needed = 1; needed <= 6; needed++) {
      for (int had = 0; had <= 8; had++) {
        for (int demand = 0; demand <= 14; demand++) {
          for (int unmet = 0; unmet <= demand; unmet++) {
            Assessment base = GapAnalysis.ofTeam(needed, had, demand, unmet, WINDOW);
            assertThat(base.computation().terms().stream().mapToInt(Term::points).sum())
                .as("terms add up to the score")
                .isEqualTo(base.score());
            assertThat(base.severity()).isEqualTo(GapSeverity.ofScore(base.score()));
            if (had > 0) {
              assertThat(GapAnalysis.ofTeam(needed, had - 1, demand, unmet, WINDOW).score())
                  .as("one holder fewer than %d of %d", had, needed)
                  .isGreaterThanOrEqualTo(base.score());
            }
            assertThat(GapAnalysis.ofTeam(needed + 1, had, demand, unmet, WINDOW).score())
                .as("one more needed than %d with %d", needed, had)
                .isGreaterThanOrEqualTo(base.score());
            assertThat(GapAnalysis.ofTeam(needed, had, demand + 1, unmet, WINDOW).score())
                .as("one more ticket")
                .isGreaterThanOrEqualTo(base.score());
            if (unmet < demand) {
              assertThat(GapAnalysis.ofTeam(needed, had, demand, unmet + 1, WINDOW).score())
                  .as("one more unmet ticket")
                  .isGreaterThanOrEqualTo(base.score());
            }
          }
        }
      }
    }
  }

  @Test
  void severitiesFollowTheirThresholds() {
    assertThat(GapSeverity.ofScore(0)).isEqualTo(GapSeverity.NONE);
    assertThat(GapSeverity.ofScore(1)).isEqualTo(GapSeverity.LOW);
    assertThat(GapSeverity.ofScore(24)).isEqualTo(GapSeverity.LOW);
    assertThat(GapSeverity.ofScore(25)).isEqualTo(GapSeverity.MEDIUM);
    assertThat(GapSeverity.ofScore(49)).isEqualTo(GapSeverity.MEDIUM);
    assertThat(GapSeverity.ofScore(50)).isEqualTo(GapSeverity.HIGH);
    assertThat(GapSeverity.ofScore(79)).isEqualTo(GapSeverity.HIGH);
    assertThat(GapSeverity.ofScore(80)).isEqualTo(GapSeverity.CRITICAL);
    assertThat(GapSeverity.ofScore(100)).isEqualTo(GapSeverity.CRITICAL);
  }

  @Test
  void anOrganisationWideGapTakesItsGapAndBusFactorAsGiven() {
    // Two teams: 2 needed/2 had and 2 needed/0 had; the same 2 people hold it org-wide.
    Assessment org = GapAnalysis.assess(4, 2, 2, 2, 3, 0, WINDOW);
    assertThat(org.gap()).isEqualTo(2);
    assertThat(org.busFactor()).isEqualTo(2);
    assertThat(org.score()).isEqualTo(25 + 0 + 3 + 0);
    assertThat(org.severity()).isEqualTo(GapSeverity.MEDIUM);
  }

  @Test
  void impossibleNumbersAreRefused() {
    assertThatThrownBy(() -> GapAnalysis.ofTeam(0, 0, 0, 0, WINDOW))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> GapAnalysis.ofTeam(1, 0, 1, 2, WINDOW))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> GapAnalysis.assess(2, 0, 3, 0, 0, 0, WINDOW))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
