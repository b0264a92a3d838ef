package dev.rapport.skills.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.skills.domain.AssigneeScoring.Candidate;
import dev.rapport.skills.domain.AssigneeScoring.Coverage;
import dev.rapport.skills.domain.AssigneeScoring.Need;
import dev.rapport.skills.domain.AssigneeScoring.Score;
import dev.rapport.skills.domain.AssigneeScoring.StretchPairing;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AssigneeScoringTest {
  private static final UUID K8S = UUID.randomUUID();
  private static final UUID DNS = UUID.randomUUID();
  private static final Need K8S_3 = new Need(K8S, "Kubernetes", 3);
  private static final Need DNS_3 = new Need(DNS, "DNS", 3);

  private final AssigneeScoring scoring = new AssigneeScoring(5, 5);

  @Test
  void scoreFollowsTheDocumentedFormula() {
    // k8s covered (1), dns one level short (0.5): fit 0.75; evidence (5/5 + 1/5) / 2 = 0.6;
    // load 1 - 2/5 = 0.6 → 60 × 0.75 + 15 × 0.6 + 25 × 0.6 = 45 + 9 + 15 = 69.
    Candidate ana = candidate("ana", Map.of(K8S, 4, DNS, 2), Map.of(K8S, 7, DNS, 1), 2);

    Score score = scoring.score(List.of(K8S_3, DNS_3), ana, "P3");

    assertThat(score.score()).isEqualTo(69);
    assertThat(score.fullCoverage()).isFalse();
    assertThat(score.skills())
        .extracting(AssigneeScoring.SkillFit::coverage)
        .containsExactly(Coverage.COVERED, Coverage.ONE_LEVEL_SHORT);
  }

  @Test
  void fitCountsMostThenLoadThenEvidence() {
    Candidate expert = candidate("expert", Map.of(K8S, 5), Map.of(), 0);
    Candidate shortByOne = candidate("short", Map.of(K8S, 2), Map.of(), 0);
    Candidate shortByTwo = candidate("shorter", Map.of(K8S, 1), Map.of(), 0);

    assertThat(names(scoring.rank(List.of(K8S_3), List.of(shortByTwo, shortByOne, expert), "P3")))
        .containsExactly("expert", "short", "shorter");

    Candidate busy = candidate("busy", Map.of(K8S, 3), Map.of(), 4);
    Candidate free = candidate("free", Map.of(K8S, 3), Map.of(), 0);
    assertThat(names(scoring.rank(List.of(K8S_3), List.of(busy, free), "P3")))
        .containsExactly("free", "busy");

    Candidate practised = candidate("practised", Map.of(K8S, 3), Map.of(K8S, 3), 1);
    Candidate unpractised = candidate("unpractised", Map.of(K8S, 3), Map.of(), 1);
    assertThat(names(scoring.rank(List.of(K8S_3), List.of(unpractised, practised), "P3")))
        .containsExactly("practised", "unpractised");
  }

  @Test
  void loadAtOrBeyondTheMaximumScoresTheSame() {
    Candidate atMax = candidate("a", Map.of(K8S, 3), Map.of(), 5);
    Candidate beyond = candidate("b", Map.of(K8S, 3), Map.of(), 12);

    assertThat(scoring.score(List.of(K8S_3), atMax, "P3").score())
        .isEqualTo(scoring.score(List.of(K8S_3), beyond, "P3").score())
        .isEqualTo(60);
  }

  @Test
  void forP1AndP2FullCoverageRanksAboveAnyPartialCandidate() {
    // Partial: k8s covered, dns missing, but idle and well practised: 30 + 7.5 + 25 = 62.5.
    Candidate partial = candidate("partial", Map.of(K8S, 5), Map.of(K8S, 5), 0);
    // Full coverage but at the maximum load: 60 + 0 + 0 = 60.
    Candidate full = candidate("full", Map.of(K8S, 3, DNS, 3), Map.of(), 5);
    List<Need> needs = List.of(K8S_3, DNS_3);

    assertThat(names(scoring.rank(needs, List.of(full, partial), "P3")))
        .containsExactly("partial", "full");
    for (String urgent : List.of("P1", "P2")) {
      List<Score> ranked = scoring.rank(needs, List.of(partial, full), urgent);
      assertThat(names(ranked)).containsExactly("full", "partial");
      assertThat(ranked.get(1).score()).isEqualTo(AssigneeScoring.PARTIAL_CAP_WHEN_URGENT);
      assertThat(ranked.get(1).capped()).isTrue();
    }
  }

  @Test
  void stretchPairingJoinsALearnerOneLevelShortWithTheTopCandidateAsMentor() {
    Candidate top = candidate("top", Map.of(K8S, 4), Map.of(K8S, 5), 0);
    Candidate second = candidate("second", Map.of(K8S, 3), Map.of(), 1);
    Candidate busyLearner = candidate("busy-learner", Map.of(K8S, 2), Map.of(), 3);
    Candidate learner = candidate("learner", Map.of(K8S, 2), Map.of(), 0);
    Candidate novice = candidate("novice", Map.of(K8S, 1), Map.of(), 0);
    List<Score> ranked =
        scoring.rank(List.of(K8S_3), List.of(novice, busyLearner, learner, second, top), "P4");

    Optional<StretchPairing> pairing = scoring.stretchPairing(List.of(K8S_3), ranked, "P4");

    assertThat(pairing).isPresent();
    assertThat(pairing.get().learner().userName()).isEqualTo("learner");
    assertThat(pairing.get().learnerLevel()).isEqualTo(2);
    assertThat(pairing.get().mentor().userName()).isEqualTo("top");
    assertThat(pairing.get().mentorLevel()).isEqualTo(4);
    assertThat(scoring.stretchPairing(List.of(K8S_3), ranked, "P1")).isEmpty();
    assertThat(scoring.stretchPairing(List.of(K8S_3), ranked, "P2")).isEmpty();
  }

  @Test
  void noStretchPairingWithoutBothALearnerAndAMentor() {
    Candidate learner = candidate("learner", Map.of(K8S, 2), Map.of(), 0);
    Candidate novice = candidate("novice", Map.of(K8S, 1), Map.of(), 0);
    Candidate mentor = candidate("mentor", Map.of(K8S, 3), Map.of(), 0);

    List<Score> noMentor = scoring.rank(List.of(K8S_3), List.of(learner, novice), "P4");
    List<Score> noLearner = scoring.rank(List.of(K8S_3), List.of(mentor, novice), "P4");

    assertThat(scoring.stretchPairing(List.of(K8S_3), noMentor, "P4")).isEmpty();
    assertThat(scoring.stretchPairing(List.of(K8S_3), noLearner, "P4")).isEmpty();
  }

  @Test
  void describesTheFormulaWithItsSettings() {
    assertThat(new AssigneeScoring(8, 4).describe())
        .contains("60 × fit + 15 × evidence + 25 × load")
        .contains("min(open tickets, 8) / 8")
        .contains(", 4) / 4")
        .contains("at most 59");
  }

  private static Candidate candidate(
      String userName, Map<UUID, Integer> levels, Map<UUID, Integer> resolved, int open) {
    return new Candidate(UUID.randomUUID(), userName, userName, levels, resolved, open);
  }

  private static List<String> names(List<Score> ranked) {
    return ranked.stream().map(s -> s.candidate().userName()).toList();
  }
}
