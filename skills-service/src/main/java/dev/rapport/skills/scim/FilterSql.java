package dev.rapport.skills.scim;

import static dev.rapport.support.input.InputRules.CONTROL_CHARACTERS;
import static dev.rapport.support.input.InputRules.INSTANT_RANGE;

import com.fasterxml.jackson.databind.JsonNode;
import com.unboundid.scim2.common.Path;
import com.unboundid.scim2.common.exceptions.ScimException;
import com.unboundid.scim2.common.filters.Filter;
import com.unboundid.scim2.common.filters.FilterType;
import dev.rapport.support.input.InputRules;
import dev.rapport.support.query.Like;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A SCIM filter (RFC 7644 §3.4.2.2), parsed by the SCIM SDK, as a SQL condition over a resource
 * table, so that the database does the filtering and paging. Operators: eq, ne, co, sw, ew, gt, ge,
 * lt, le, pr, and, or, not, and value filters on multi-valued attributes ({@code emails[type eq
 * "work" and value co "@example.com"]}). Attribute names are matched without regard to case;
 * strings are compared without regard to case unless the attribute is caseExact (id-like values
 * such as externalId). A comparison with an absent value is false, so {@code not (title eq "x")}
 * also finds people without a title. Values are bound as parameters, never spliced into SQL, and
 * pass support's InputRules like any other parameter: PostgreSQL takes no NUL in text and no date
 * past year 9999 from us, so such a value is a 400 invalidFilter, not a database error.
 */
final class FilterSql {
  /** More comparisons than any provisioning client sends; beyond it, a 400 tooMany. */
  static final int MAX_TERMS = 50;

  enum Kind {
    /** caseExact false: compared through lower() */
    TEXT,
    /** caseExact true */
    EXACT,
    BOOLEAN,
    INSTANT
  }

  /** A single-valued attribute as a SQL expression. */
  record Column(String sql, Kind kind) {}

  /**
   * A multi-valued attribute: the rows of its values ({@code from}, tied to the resource row by
   * {@code link}) and its sub-attributes by lower-case name; {@code defaultSub} is what the bare
   * attribute name means ({@code emails eq "x"} is {@code emails.value eq "x"}).
   */
  record Values(String from, String link, Function<String, Column> sub, String defaultSub) {}

  /** The attributes a resource type can be filtered on, by lower-case dotted name. */
  record Catalogue(Map<String, Column> columns, Map<String, Values> values) {}

  private final Catalogue catalogue;
  private final List<Object> parameters = new ArrayList<>();
  private int terms;

  private FilterSql(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  /**
   * The parser's message up to the position it names ("Invalid comparison value at position 11"):
   * what follows is the JSON parser's internal detail, no help to whoever wrote the filter.
   */
  private static String withoutParserDetail(ScimException e) {
    String message = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
    Matcher position = Pattern.compile("^.*? at position \\d+").matcher(message);
    return position.find() ? position.group() : message;
  }

  /** The condition and its parameters ({@code ?1}, {@code ?2} ... in order). */
  record Condition(String sql, List<Object> parameters) {}

  /** {@code true} for a null or blank filter; a filter that does not parse is a 400. */
  static Condition of(String filter, Catalogue catalogue) {
    if (filter == null || filter.isBlank()) {
      return new Condition("true", List.of());
    }
    Filter parsed;
    try {
      parsed = Filter.fromString(filter);
    } catch (ScimException e) {
      throw ScimProblems.invalidFilter("The filter is not valid: " + withoutParserDetail(e));
    }
    FilterSql sql = new FilterSql(catalogue);
    return new Condition(sql.condition(parsed, null), List.copyOf(sql.parameters));
  }

  /**
   * @param element the multi-valued attribute whose values are in scope, or null at the root
   */
  private String condition(Filter filter, Values element) {
    if (++terms > MAX_TERMS) {
      throw ScimProblems.tooMany(
          "The filter has more than " + MAX_TERMS + " terms; split the search");
    }
    FilterType type = filter.getFilterType();
    switch (type) {
      case AND, OR -> {
        List<String> parts = new ArrayList<>();
        for (Filter part : filter.getCombinedFilters()) {
          parts.add(condition(part, element));
        }
        return "(" + String.join(type == FilterType.AND ? " and " : " or ", parts) + ")";
      }
      case NOT -> {
        return "not " + condition(filter.getInvertedFilter(), element);
      }
      case COMPLEX_VALUE -> {
        if (element != null) {
          throw ScimProblems.invalidFilter("Value filters cannot be nested: " + filter);
        }
        Values values = values(filter.getAttributePath());
        if (values == null) {
          throw ScimProblems.invalidFilter(
              filter.getAttributePath() + " is not a multi-valued attribute that can be filtered");
        }
        return exists(values, condition(filter.getValueFilter(), values));
      }
      default -> {
        return comparison(filter, element);
      }
    }
  }

  private String comparison(Filter filter, Values element) {
    Path path = filter.getAttributePath();
    if (element != null) {
      return compare(filter, subAttribute(element, single(path), path));
    }
    Values values = values(path);
    if (values != null) {
      String sub = path.size() > 1 ? path.getElement(1).getAttribute() : values.defaultSub();
      if (path.size() > 2) {
        throw unknown(path);
      }
      return exists(values, compare(filter, subAttribute(values, sub, path)));
    }
    Column column = catalogue.columns().get(key(path));
    if (column == null) {
      throw unknown(path);
    }
    return compare(filter, column);
  }

  private String compare(Filter filter, Column column) {
    FilterType type = filter.getFilterType();
    if (type == FilterType.PRESENT) {
      return column.kind() == Kind.TEXT || column.kind() == Kind.EXACT
          ? "coalesce(" + column.sql() + " <> '', false)"
          : "(" + column.sql() + " is not null)";
    }
    JsonNode value = filter.getComparisonValue();
    if (value == null || value.isNull()) {
      throw ScimProblems.invalidFilter(
          filter.getAttributePath() + " is compared with null; use 'pr' to test presence");
    }
    return switch (column.kind()) {
      case TEXT, EXACT -> text(filter, column, value);
      case BOOLEAN -> bool(filter, column, value);
      case INSTANT -> instant(filter, column, value);
    };
  }

  private String text(Filter filter, Column column, JsonNode value) {
    if (!value.isTextual()) {
      throw ScimProblems.invalidFilter(filter.getAttributePath() + " is compared with a string");
    }
    if (!InputRules.isAcceptableParameter(value.asText())) {
      throw ScimProblems.invalidFilter(
          filter.getAttributePath() + " is compared with a string that " + CONTROL_CHARACTERS);
    }
    boolean ignoreCase = column.kind() == Kind.TEXT;
    String expression = ignoreCase ? "lower(" + column.sql() + ")" : column.sql();
    String given = ignoreCase ? value.asText().toLowerCase(Locale.ROOT) : value.asText();
    FilterType type = filter.getFilterType();
    return switch (type) {
      case CONTAINS -> like(expression, "%" + Like.escape(given) + "%");
      case STARTS_WITH -> like(expression, Like.escape(given) + "%");
      case ENDS_WITH -> like(expression, "%" + Like.escape(given));
      default -> ordered(type, expression, given);
    };
  }

  private String bool(Filter filter, Column column, JsonNode value) {
    Boolean given = ScimValues.asBoolean(value);
    FilterType type = filter.getFilterType();
    if (given == null || (type != FilterType.EQUAL && type != FilterType.NOT_EQUAL)) {
      throw ScimProblems.invalidFilter(
          filter.getAttributePath() + " is a boolean: compare it with eq or ne and true or false");
    }
    return ordered(type, column.sql(), given);
  }

  private String instant(Filter filter, Column column, JsonNode value) {
    FilterType type = filter.getFilterType();
    if (type == FilterType.CONTAINS
        || type == FilterType.STARTS_WITH
        || type == FilterType.ENDS_WITH) {
      throw ScimProblems.invalidFilter(
          filter.getAttributePath() + " is a dateTime: compare it with eq, ne, gt, ge, lt or le");
    }
    Instant given = instant(value.asText());
    if (given == null) {
      throw ScimProblems.invalidFilter(
          filter.getAttributePath()
              + " is compared with '"
              + value.asText()
              + "', which is not an xsd:dateTime such as 2025-01-31T09:00:00Z");
    }
    if (!InputRules.isInRange(given)) {
      throw ScimProblems.invalidFilter(
          filter.getAttributePath() + " is compared with a dateTime that " + INSTANT_RANGE);
    }
    return ordered(type, column.sql(), OffsetDateTime.ofInstant(given, ZoneOffset.UTC));
  }

  /** The instant a filter value names, or null if it is no date-time at all. */
  private static Instant instant(String text) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private String ordered(FilterType type, String expression, Object given) {
    String operator =
        switch (type) {
          case EQUAL -> "=";
          case NOT_EQUAL -> "<>";
          case GREATER_THAN -> ">";
          case GREATER_OR_EQUAL -> ">=";
          case LESS_THAN -> "<";
          case LESS_OR_EQUAL -> "<=";
          default -> throw new IllegalArgumentException("not a comparison: " + type);
        };
    if (type == FilterType.NOT_EQUAL) {
      // Absent values are not equal to anything.
      return "(" + expression + " is distinct from " + parameter(given) + ")";
    }
    return "coalesce(" + expression + " " + operator + " " + parameter(given) + ", false)";
  }

  private String like(String expression, String pattern) {
    return "coalesce(" + expression + " like " + parameter(pattern) + Like.ESCAPE + ", false)";
  }

  private String parameter(Object value) {
    parameters.add(value);
    return "?" + parameters.size();
  }

  private static String exists(Values values, String condition) {
    return "exists (select 1 from "
        + values.from()
        + " where "
        + values.link()
        + " and "
        + condition
        + ")";
  }

  private Values values(Path path) {
    if (path.size() == 0) {
      return null;
    }
    return catalogue
        .values()
        .get(prefix(path) + path.getElement(0).getAttribute().toLowerCase(Locale.ROOT));
  }

  private static Column subAttribute(Values values, String name, Path path) {
    Column column = values.sub().apply(name.toLowerCase(Locale.ROOT));
    if (column == null) {
      throw unknown(path);
    }
    return column;
  }

  private static String single(Path path) {
    if (path.size() != 1) {
      throw unknown(path);
    }
    return path.getElement(0).getAttribute();
  }

  /** {@code name.givenname}, {@code enterprise:department}; a value filter in it is refused. */
  private static String key(Path path) {
    StringBuilder key = new StringBuilder(prefix(path));
    for (int i = 0; i < path.size(); i++) {
      Path.Element element = path.getElement(i);
      if (element.getValueFilter() != null) {
        throw unknown(path);
      }
      key.append(i == 0 ? "" : ".").append(element.getAttribute().toLowerCase(Locale.ROOT));
    }
    return key.toString();
  }

  private static String prefix(Path path) {
    String urn = path.getSchemaUrn();
    if (urn == null || urn.equalsIgnoreCase(Scim.USER) || urn.equalsIgnoreCase(Scim.GROUP)) {
      return "";
    }
    if (urn.equalsIgnoreCase(Scim.ENTERPRISE_USER)) {
      return "enterprise:";
    }
    throw ScimProblems.invalidFilter("Schema " + urn + " has no attributes to filter on here");
  }

  private static RuntimeException unknown(Path path) {
    return ScimProblems.invalidFilter("Filtering on '" + path + "' is not supported");
  }
}
