package dev.rapport.engagement.api;

import dev.rapport.engagement.domain.pulse.PulseSurvey;
import dev.rapport.engagement.domain.pulse.Recurrence;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A staff pulse survey and where its schedule stands")
public record PulseSurveyResponse(
    UUID id,
    @Schema(description = "The team surveyed, by the id tickets carry as teamId") String teamId,
    String title,
    @Schema(description = "When round 1 opens") Instant opensAt,
    @Schema(description = "When round 1 closes") Instant closesAt,
    Recurrence recurrence,
    @Schema(description = "The eNPS question first, then the statements") List<Question> questions,
    @Schema(description = "How many rounds have opened so far") int roundsOpened,
    @Schema(
            nullable = true,
            implementation = String.class,
            format = "date-time",
            description = "When the next round opens; null when none will")
        Instant nextRoundOpensAt,
    String createdBy,
    Instant createdAt,
    Instant updatedAt,
    @Schema(description = "The version, as the ETag carries it") int version) {

  /**
   * One question.
   *
   * @param kind ENPS (0-10) or STATEMENT (1-5)
   */
  @Schema(description = "A question and the scale it is answered on")
  public record Question(
      int number,
      @Schema(enumeration = {"ENPS", "STATEMENT"}) String kind,
      String text,
      int min,
      int max) {}

  static PulseSurveyResponse of(PulseSurvey s) {
    List<Question> questions = new ArrayList<>();
    questions.add(new Question(1, "ENPS", PulseSurvey.ENPS_QUESTION, 0, 10));
    for (String statement : s.statements) {
      questions.add(new Question(questions.size() + 1, "STATEMENT", statement, 1, 5));
    }
    return new PulseSurveyResponse(
        s.id,
        s.teamId,
        s.title,
        s.opensAt,
        s.closesAt,
        s.recurrence,
        questions,
        s.nextRound - 1,
        s.nextOpensAt,
        s.createdBy,
        s.createdAt,
        s.updatedAt,
        s.version);
  }
}
