package dev.rapport.ticket.sla;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.rapport.events.EventCatalog;
import java.util.Set;

/** Checks an event as it left the service against the published schema of its type. */
final class EventSchemas {
  private static final JsonSchemaFactory FACTORY =
      JsonSchemaFactory.getInstance(
          SpecVersion.VersionFlag.V202012,
          b ->
              b.schemaMappers(
                  m ->
                      m.mapPrefix(
                          EventCatalog.SCHEMA_BASE,
                          "classpath:" + EventCatalog.SCHEMA_RESOURCE_DIR)));

  private EventSchemas() {}

  /**
   * The violations of {@code data} against the schema of {@code type} (e.g. {@code
   * rapport.ticket.sla-warning.v1}); empty when valid.
   */
  static Set<ValidationMessage> violations(String type, JsonNode data) {
    return FACTORY
        .getSchema(
            SchemaLocation.of(EventCatalog.SCHEMA_BASE + type + ".json"),
            SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build())
        .validate(data);
  }
}
