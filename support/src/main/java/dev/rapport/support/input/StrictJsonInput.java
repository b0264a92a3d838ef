package dev.rapport.support.input;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.rapport.support.time.CanonicalInstants;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The application ObjectMapper refuses, for every request body of every service: strings with
 * control characters ({@link InputRules#isAcceptableText}), null elements in lists and sets, and
 * date-times outside years 1 to 9999, each a 400 "invalid-field" naming the JSON path; and fields
 * the request does not have, a 400 "unknown-field" naming it and listing the fields there are
 * (Quarkus ignores them by default, so {@code "assignee"} for {@code "assigneeId"} would change
 * nothing and answer 200). Event payloads stay tolerant of newer producers' fields: their records
 * say {@code @JsonIgnoreProperties(ignoreUnknown = true)}.
 */
@Singleton
public class StrictJsonInput implements ObjectMapperCustomizer {

  @Override
  public void customize(ObjectMapper mapper) {
    mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    JsonSetter.Value noNullElements = JsonSetter.Value.forContentNulls(Nulls.FAIL);
    for (Class<?> container : List.of(Collection.class, List.class, Set.class)) {
      mapper.configOverride(container).setSetterInfo(noNullElements);
    }
    SimpleModule module = new SimpleModule("rapport-strict-input");
    module.addDeserializer(String.class, new TextDeserializer());
    module.setDeserializerModifier(new DateTimeRange());
    mapper.registerModule(module);
  }

  /** Jackson's own String deserializer, then the control-character rule. */
  static final class TextDeserializer extends StringDeserializer {
    @Override
    public String deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      String value = super.deserialize(parser, context);
      if (value != null && !InputRules.isAcceptableText(value)) {
        throw new RefusedValueException(parser, InputRules.CONTROL_CHARACTERS);
      }
      return value;
    }
  }

  /**
   * Wraps the java.time deserializers (whatever module made them) with the year range; instants in
   * the canonical form are read by {@link CanonicalInstants}, the rest by the wrapped one.
   */
  static final class DateTimeRange extends BeanDeserializerModifier {
    @Override
    public JsonDeserializer<?> modifyDeserializer(
        DeserializationConfig config,
        BeanDescription description,
        JsonDeserializer<?> deserializer) {
      Class<?> type = description.getBeanClass();
      if (type == Instant.class
          || type == OffsetDateTime.class
          || type == ZonedDateTime.class
          || type == LocalDate.class
          || type == LocalDateTime.class) {
        return new InRange(deserializer, type == Instant.class);
      }
      return deserializer;
    }
  }

  static final class InRange extends DelegatingDeserializer {
    private final boolean instants;

    InRange(JsonDeserializer<?> delegate, boolean instants) {
      super(delegate);
      this.instants = instants;
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
      return new InRange(newDelegatee, instants);
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      if (instants && parser.hasToken(JsonToken.VALUE_STRING)) {
        Instant canonical = CanonicalInstants.parse(parser.getText());
        if (canonical != null) {
          return canonical; // years 1 to 9999 by its form
        }
      }
      Object value = super.deserialize(parser, context);
      if (value != null && !inRange(value)) {
        throw new RefusedValueException(parser, InputRules.INSTANT_RANGE);
      }
      return value;
    }

    private static boolean inRange(Object value) {
      if (value instanceof Instant instant) {
        return InputRules.isInRange(instant);
      }
      if (value instanceof OffsetDateTime offset) {
        return InputRules.isInRange(offset.toInstant());
      }
      if (value instanceof ZonedDateTime zoned) {
        return InputRules.isInRange(zoned.toInstant());
      }
      if (value instanceof LocalDate date) {
        return InputRules.isInRange(date.getYear());
      }
      if (value instanceof LocalDateTime dateTime) {
        return InputRules.isInRange(dateTime.getYear());
      }
      return true;
    }
  }
}
