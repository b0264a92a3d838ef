package dev.rapport.engagement.domain.chain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Spearman's rank correlation of paired figures: the Pearson correlation of their ranks, tied
 * figures sharing the average of the ranks they span.
 *
 * @param rho from -1 to +1; null when fewer than two pairs or when one side does not vary
 * @param n how many pairs it rests on
 */
public record SpearmanCorrelation(Double rho, int n) {

  /** The correlation of {@code xs[i]} with {@code ys[i]}; both lists equally long. */
  public static SpearmanCorrelation of(List<Double> xs, List<Double> ys) {
    if (xs.size() != ys.size()) {
      throw new IllegalArgumentException("xs and ys differ in length");
    }
    int n = xs.size();
    if (n < 2) {
      return new SpearmanCorrelation(null, n);
    }
    return new SpearmanCorrelation(pearson(ranks(xs), ranks(ys)), n);
  }

  /** The ranks (1 = smallest) of {@code values}, ties averaged. */
  static double[] ranks(List<Double> values) {
    int n = values.size();
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      order.add(i);
    }
    order.sort(Comparator.comparing(values::get));
    double[] ranks = new double[n];
    int i = 0;
    while (i < n) {
      int j = i;
      while (j + 1 < n && values.get(order.get(j + 1)).equals(values.get(order.get(i)))) {
        j++;
      }
      double average = (i + j) / 2.0 + 1;
      for (int k = i; k <= j; k++) {
        ranks[order.get(k)] = average;
      }
      i = j + 1;
    }
    return ranks;
  }

  private static Double pearson(double[] x, double[] y) {
    int n = x.length;
    double meanX = 0;
    double meanY = 0;
    for (int i = 0; i < n; i++) {
      meanX += x[i] / n;
      meanY += y[i] / n;
    }
    double cov = 0;
    double varX = 0;
    double varY = 0;
    for (int i = 0; i < n; i++) {
      cov += (x[i] - meanX) * (y[i] - meanY);
      varX += (x[i] - meanX) * (x[i] - meanX);
      varY += (y[i] - meanY) * (y[i] - meanY);
    }
    if (varX == 0 || varY == 0) {
      return null;
    }
    return cov / Math.sqrt(varX * varY);
  }
}
