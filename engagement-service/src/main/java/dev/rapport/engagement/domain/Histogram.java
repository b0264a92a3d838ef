package dev.rapport.engagement.domain;

/**
 * The mergeable histogram of durations a roll-up row keeps: bucket 0 holds values under 1 s, bucket
 * k ≥ 1 holds [2^((k-1)/4), 2^(k/4)) seconds (four buckets per doubling), the last one everything
 * longer (about 6 years). Histograms of several rows merge by adding their buckets, so a median or
 * a p90 over any period and scope comes from summed roll-ups. A percentile is reported as its
 * bucket's geometric middle: within {@value #ERROR_PERCENT} % of the exact value.
 */
public final class Histogram {
  /** How many buckets a histogram has. */
  public static final int BUCKETS = 112;

  /** The largest relative error of a reported percentile, in percent (2^(1/8) − 1). */
  public static final String ERROR_PERCENT = "9.1";

  private Histogram() {}

  /** The bucket {@code seconds} falls in (0-based). */
  public static int bucket(double seconds) {
    if (!(seconds >= 1)) {
      return 0;
    }
    int k = 1 + (int) Math.floor(4 * Math.log(seconds) / Math.log(2));
    return Math.min(k, BUCKETS - 1);
  }

  /** The value reported for bucket {@code k}: its geometric middle (0.5 s for bucket 0). */
  public static double representative(int k) {
    return k == 0 ? 0.5 : Math.pow(2, (k - 0.5) / 4);
  }

  /** A histogram holding {@code sign} in the bucket of {@code seconds}. */
  public static long[] single(double seconds, int sign) {
    long[] counts = new long[BUCKETS];
    counts[bucket(seconds)] = sign;
    return counts;
  }

  /** {@code into} plus {@code more}, in place (either may be shorter). */
  public static long[] add(long[] into, long[] more) {
    long[] sum = into.length >= more.length ? into : java.util.Arrays.copyOf(into, more.length);
    for (int i = 0; i < more.length; i++) {
      sum[i] += more[i];
    }
    return sum;
  }

  /**
   * The {@code quantile} (0 < q ≤ 1) of the values counted: the representative of the bucket that
   * holds the value of rank ceil(q × n); null when nothing is counted.
   */
  public static Double percentile(long[] counts, double quantile) {
    long n = 0;
    for (long c : counts) {
      n += c;
    }
    if (n <= 0) {
      return null;
    }
    long rank = Math.max(1, (long) Math.ceil(quantile * n));
    long seen = 0;
    for (int k = 0; k < counts.length; k++) {
      seen += counts[k];
      if (seen >= rank) {
        return representative(k);
      }
    }
    return representative(counts.length - 1);
  }
}
