package dev.rapport.support.query;

import java.util.Locale;

/**
 * Text searches with SQL/HQL {@code like}: what a user types is matched literally, so {@code %},
 * {@code _} and the escape character itself in it are escaped. Append {@link #ESCAPE} after the
 * pattern parameter: {@code "lower(t.title) like :text" + Like.ESCAPE}.
 */
public final class Like {
  /** The escape clause every pattern built here needs. */
  public static final String ESCAPE = " escape '\\'";

  private Like() {}

  /** {@code text} with its like wildcards escaped, to build a pattern around. */
  public static String escape(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  /** The pattern for "contains {@code text}", lower-cased: compare with {@code lower(column)}. */
  public static String containingIgnoreCase(String text) {
    return "%" + escape(text.toLowerCase(Locale.ROOT)) + "%";
  }
}
