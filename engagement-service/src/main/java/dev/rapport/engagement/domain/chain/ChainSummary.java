package dev.rapport.engagement.domain.chain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words of one link of the chain, for a business manager: how strong the rank correlation is
 * (|rho| below 0.3 weak, below 0.6 moderate, else strong; a negative rho is called a negative link:
 * the higher the first figure, the lower the second), how sure (below {@value #MIN_PERIODS}
 * periods: too few to say, and no claim), and what it means in the team's own figures: the average
 * of the second figure in the periods when the first was above its median, against the others.
 * Always adds that a link is not a cause.
 */
public final class ChainSummary {
  /** The fewest periods a link is claimed on. */
  public static final int MIN_PERIODS = 6;

  static final String NOT_CAUSE = "A link is not proof that one causes the other.";

  /** A described link. */
  public record Words(String strength, String certainty, String summary) {}

  private ChainSummary() {}

  /** The strength word of {@code rho}. */
  public static String strength(double rho) {
    double size = Math.abs(rho);
    return size < 0.3 ? "weak" : size < 0.6 ? "moderate" : "strong";
  }

  /**
   * Describes the link between {@code x} and {@code y} over {@code xs}, {@code ys} (the periods
   * where both exist).
   *
   * @param team the team id, as it reads in the sentence
   * @param periods the plural of the period ("weeks")
   */
  public static Words describe(
      String team,
      String periods,
      ChainFigure x,
      ChainFigure y,
      List<Double> xs,
      List<Double> ys,
      SpearmanCorrelation correlation) {
    int n = correlation.n();
    if (n < MIN_PERIODS) {
      return new Words(
          null,
          "too few periods to say",
          String.format(
              Locale.ROOT,
              "Only %d %s have both the %s and the %s of the %s team: too few periods to say"
                  + " whether they go together (at least %d are needed). No claim is made.",
              n,
              periods,
              x.label(),
              y.label(),
              team,
              MIN_PERIODS));
    }
    if (correlation.rho() == null) {
      return new Words(
          null,
          "no variation",
          String.format(
              Locale.ROOT,
              "Over %d %s the %s or the %s of the %s team did not change, so nothing can be said"
                  + " about a link.",
              n,
              periods,
              x.label(),
              y.label(),
              team));
    }
    double median = median(xs);
    List<Double> above = new ArrayList<>();
    List<Double> rest = new ArrayList<>();
    for (int i = 0; i < xs.size(); i++) {
      (xs.get(i) > median ? above : rest).add(ys.get(i));
    }
    String strength = strength(correlation.rho());
    String certainty = "based on " + n + " " + periods;
    String effect =
        above.isEmpty() || rest.isEmpty()
            ? "was no different"
            : difference(mean(above) - mean(rest), y);
    return new Words(
        strength,
        certainty,
        String.format(
            Locale.ROOT,
            "In %s when the %s team's %s was above %s, its %s %s than in the other %s; %s, a %s"
                + "%s link (Spearman rho %.2f). %s",
            periods,
            team,
            x.label(),
            x.format(median),
            y.label(),
            effect,
            periods,
            certainty,
            strength,
            correlation.rho() < 0 ? " negative" : "",
            correlation.rho(),
            NOT_CAUSE));
  }

  private static String difference(double delta, ChainFigure y) {
    if (Math.abs(delta) < 1e-9) {
      return "was the same";
    }
    return "was " + y.format(Math.abs(delta)) + (delta > 0 ? " higher" : " lower");
  }

  static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static double mean(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
  }
}
