package dev.rapport.events.ticket;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One edited field, values rendered as text.
 *
 * @param field the changed property, e.g. {@code urgency}, {@code businessService}
 * @param from the old value, or null when the field was empty
 * @param to the new value, or null when the field was cleared
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FieldChange(String field, String from, String to) {}
