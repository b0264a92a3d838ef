package dev.rapport.events;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/** Test helpers: a Quarkus-like ObjectMapper, the schema validator, and the property walker. */
final class Schemas {

  /**
   * Configured like Quarkus's default ObjectMapper (quarkus-jackson): JavaTimeModule, ISO-8601
   * instants, unknown properties ignored, nulls included.
   */
  static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
          .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  private static final JsonSchemaFactory FACTORY =
      JsonSchemaFactory.getInstance(
          SpecVersion.VersionFlag.V202012,
          b ->
              b.schemaMappers(
                  m ->
                      m.mapPrefix(
                          EventCatalog.SCHEMA_BASE,
                          "classpath:" + EventCatalog.SCHEMA_RESOURCE_DIR)));

  private static final SchemaValidatorsConfig CONFIG =
      SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

  private static final Map<String, JsonSchema> COMPILED = new ConcurrentHashMap<>();
  private static final Map<String, JsonNode> RAW = new ConcurrentHashMap<>();

  /** The compiled schema of an event type. */
  static JsonSchema schema(EventCatalog.Entry entry) {
    return COMPILED.computeIfAbsent(
        entry.schemaId(), id -> FACTORY.getSchema(SchemaLocation.of(id), CONFIG));
  }

  /** Validation errors of {@code json} against the schema of {@code entry}; empty when valid. */
  static Set<ValidationMessage> validate(EventCatalog.Entry entry, JsonNode json) {
    return schema(entry).validate(json);
  }

  /** The 2020-12 meta-schema, to check our schema files themselves. */
  static JsonSchema metaSchema() {
    return FACTORY.getSchema(
        SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"), CONFIG);
  }

  /** A schema file of ours as a tree, by file name (e.g. {@code rapport.ticket.summary.json}). */
  static JsonNode raw(String file) {
    return RAW.computeIfAbsent(
        file,
        f -> {
          String resource = EventCatalog.SCHEMA_RESOURCE_DIR + f;
          try (InputStream in = Schemas.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
              throw new IllegalArgumentException("no schema resource " + resource);
            }
            return MAPPER.readTree(in);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /**
   * Compares, at every object in {@code json}, the property names present with the properties the
   * schema declares there (following {@code properties}, {@code $ref}, {@code allOf} and {@code
   * items}). The published schemas allow additional properties (consumers ignore unknown fields),
   * so validation alone would not notice a record component that the schema does not describe; this
   * does. With nulls included in the output, every component is present.
   *
   * @return one line per object whose property names differ from the declared ones; empty if none
   */
  static List<String> undescribed(String schemaFile, JsonNode json) {
    List<String> problems = new ArrayList<>();
    walk("$", json, List.of(new Located(schemaFile, raw(schemaFile))), problems);
    return problems;
  }

  private record Located(String file, JsonNode node) {}

  private static void walk(
      String path, JsonNode value, List<Located> schemas, List<String> problems) {
    List<Located> expanded = new ArrayList<>();
    for (Located s : schemas) {
      expand(s, expanded, 0);
    }
    if (value.isObject()) {
      Map<String, List<Located>> declared = new LinkedHashMap<>();
      for (Located s : expanded) {
        JsonNode props = s.node().get("properties");
        if (props != null) {
          for (Map.Entry<String, JsonNode> f : props.properties()) {
            declared
                .computeIfAbsent(f.getKey(), k -> new ArrayList<>())
                .add(new Located(s.file(), f.getValue()));
          }
        }
      }
      Set<String> present = new TreeSet<>();
      value.properties().forEach(f -> present.add(f.getKey()));
      Set<String> undeclared = new TreeSet<>(present);
      undeclared.removeAll(declared.keySet());
      Set<String> absent = new TreeSet<>(declared.keySet());
      absent.removeAll(present);
      if (!undeclared.isEmpty() || !absent.isEmpty()) {
        problems.add(
            path
                + ": serialised but not in the schema "
                + undeclared
                + "; in the schema but not serialised "
                + absent);
      }
      for (Map.Entry<String, JsonNode> field : value.properties()) {
        walk(
            path + "." + field.getKey(),
            field.getValue(),
            declared.getOrDefault(field.getKey(), List.of()),
            problems);
      }
    } else if (value.isArray()) {
      List<Located> items = new ArrayList<>();
      for (Located s : expanded) {
        JsonNode item = s.node().get("items");
        if (item != null) {
          items.add(new Located(s.file(), item));
        }
      }
      for (int i = 0; i < value.size(); i++) {
        walk(path + "[" + i + "]", value.get(i), items, problems);
      }
    }
  }

  /** Adds {@code s} and whatever it pulls in by {@code $ref} and {@code allOf}. */
  private static void expand(Located s, List<Located> out, int depth) {
    if (depth > 32) {
      throw new IllegalStateException("$ref cycle at " + s);
    }
    out.add(s);
    JsonNode ref = s.node().get("$ref");
    if (ref != null) {
      expand(resolve(s.file(), ref.asText()), out, depth + 1);
    }
    JsonNode allOf = s.node().get("allOf");
    if (allOf != null) {
      for (JsonNode sub : allOf) {
        expand(new Located(s.file(), sub), out, depth + 1);
      }
    }
  }

  private static Located resolve(String currentFile, String ref) {
    URI target = URI.create(EventCatalog.SCHEMA_BASE + currentFile).resolve(ref);
    String uri = target.getScheme() + ":" + target.getSchemeSpecificPart();
    if (!uri.startsWith(EventCatalog.SCHEMA_BASE)) {
      throw new IllegalArgumentException("$ref outside our schemas: " + ref);
    }
    String file = uri.substring(EventCatalog.SCHEMA_BASE.length());
    String pointer = target.getFragment() == null ? "" : target.getFragment();
    JsonNode node = raw(file).at(pointer);
    if (node.isMissingNode()) {
      throw new IllegalArgumentException("dangling $ref " + ref + " in " + currentFile);
    }
    return new Located(file, node);
  }

  private Schemas() {}
}
