package dev.rapport.engagement.api;

import dev.rapport.engagement.domain.chain.ChainFigure;
import dev.rapport.engagement.domain.chain.ChainReport;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A team's service value chain: engagement, service, business, and how they go together. */
@Schema(
    name = "ChainReport",
    description = "Per period a team's engagement, service and business figures, and their links")
public record ChainResponse(
    @Schema(example = "network") String team,
    @Schema(description = "First day counted (UTC)", example = "2026-09-07") LocalDate from,
    @Schema(description = "Last day counted (UTC), included", example = "2026-11-08") LocalDate to,
    @Schema(enumeration = {"DAY", "WEEK", "MONTH"}) String granularity,
    List<ChainPeriod> periods,
    List<ChainLink> links,
    @Schema(description = "The links in plain words, one sentence each") String summary) {

  /**
   * One period's figures by layer, each keyed by its metric's name in the metrics API; a figure
   * with nothing to measure in the period is left out.
   */
  @Schema(name = "ChainPeriod")
  public record ChainPeriod(
      @Schema(description = "The period's first day", example = "2026-09-07") LocalDate period,
      @Schema(
              description =
                  "eNPS, pulse score, training plans completed, skill-gap severity, open skill"
                      + " gaps (HIGH, CRITICAL); eNPS and pulse score only from rounds above the"
                      + " anonymity bar")
          Map<String, Double> engagement,
      @Schema(description = "SLA met, cadence adherence, first response median, reopen rate")
          Map<String, Double> service,
      @Schema(description = "CSAT average, read rates of business owners, executives, end users")
          Map<String, Double> business) {}

  /** One link: the rank correlation of two figures over the periods where both exist. */
  @Schema(name = "ChainLink")
  public record ChainLink(
      @Schema(enumeration = {"ENGAGEMENT", "SERVICE"}) String fromLayer,
      @Schema(enumeration = {"SERVICE", "BUSINESS"}) String toLayer,
      @Schema(example = "enps") String x,
      @Schema(example = "csat.average") String y,
      @Schema(description = "Spearman rho; null when no claim is made", nullable = true) Double rho,
      @Schema(description = "Periods where both figures exist", example = "9") int n,
      @Schema(description = "weak, moderate or strong; null when no claim is made", nullable = true)
          String strength,
      @Schema(description = "How sure it is", example = "based on 9 weeks") String certainty,
      @Schema(description = "The link in plain words") String summary) {}

  static ChainResponse of(ChainReport.Chain chain) {
    List<ChainLink> links =
        chain.links().stream()
            .map(
                l ->
                    new ChainLink(
                        l.x().layer().name(),
                        l.y().layer().name(),
                        l.x().metric(),
                        l.y().metric(),
                        l.correlation().rho(),
                        l.correlation().n(),
                        l.words().strength(),
                        l.words().certainty(),
                        l.words().summary()))
            .toList();
    return new ChainResponse(
        chain.team(),
        chain.from(),
        chain.to(),
        chain.granularity().name(),
        chain.periods().stream()
            .map(
                p ->
                    new ChainPeriod(
                        p.start(),
                        layer(p, ChainFigure.Layer.ENGAGEMENT),
                        layer(p, ChainFigure.Layer.SERVICE),
                        layer(p, ChainFigure.Layer.BUSINESS)))
            .toList(),
        links,
        String.join(" ", links.stream().map(ChainLink::summary).toList()));
  }

  private static Map<String, Double> layer(ChainReport.Period period, ChainFigure.Layer layer) {
    Map<String, Double> figures = new LinkedHashMap<>();
    period
        .figures()
        .forEach(
            (f, v) -> {
              if (f.layer() == layer && v != null) {
                figures.put(f.metric(), v);
              }
            });
    return figures;
  }
}
