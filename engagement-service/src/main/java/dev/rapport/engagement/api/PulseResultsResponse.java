package dev.rapport.engagement.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.rapport.engagement.domain.pulse.Enps;
import dev.rapport.engagement.domain.pulse.PulseResults;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    description =
        "A round's results, shown only when at least minGroup members answered; below that,"
            + " hidden is true, needed says how many more answers are needed, and no figure is"
            + " given (invited, answered, enps, statements and comments are absent).")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PulseResultsResponse(
    UUID pulse,
    String teamId,
    int round,
    Instant opensAt,
    Instant closesAt,
    @Schema(description = "Whether answers are still accepted") boolean open,
    @Schema(description = "The fewest answers results are shown with") int minGroup,
    boolean hidden,
    @Schema(description = "Answers still needed; only when hidden") Integer needed,
    @Schema(description = "Members invited; absent when hidden") Integer invited,
    @Schema(description = "Answers given; absent when hidden") Integer answered,
    @Schema(description = "Absent when hidden") EnpsResult enps,
    @Schema(description = "In the survey's order; absent when hidden")
        List<StatementResult> statements,
    @Schema(description = "The comments given, in random order; absent when hidden")
        List<String> comments) {

  @Schema(description = "eNPS: % promoters (9-10) minus % detractors (0-6)")
  public record EnpsResult(
      String definition,
      @Schema(description = "-100 to 100, one decimal", example = "40.0") double score,
      int promoters,
      int passives,
      int detractors,
      int responses) {}

  @Schema(description = "One statement's answers")
  public record StatementResult(
      String text,
      @Schema(description = "1 to 5, two decimals", example = "4.2") double average,
      @Schema(description = "How many answered 1, 2, 3, 4 and 5") List<Integer> distribution) {}

  static PulseResultsResponse of(PulseResults.Round r) {
    Enps e = r.enps();
    PulseResults.Window w = r.window();
    return new PulseResultsResponse(
        w.pulse(),
        w.teamId(),
        w.round(),
        w.opensAt(),
        w.closesAt(),
        w.open(),
        r.minGroup(),
        r.hidden(),
        r.needed(),
        r.invited(),
        r.answered(),
        e == null
            ? null
            : new EnpsResult(
                Enps.DEFINITION,
                e.score(),
                e.promoters(),
                e.passives(),
                e.detractors(),
                e.responses()),
        r.statements() == null
            ? null
            : r.statements().stream()
                .map(s -> new StatementResult(s.text(), s.average(), s.distribution()))
                .toList(),
        r.comments());
  }
}
