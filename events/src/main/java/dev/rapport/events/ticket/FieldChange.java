package dev.rapport.events.ticket;

/** One edited field, values rendered as text (null when absent). */
public record FieldChange(String field, String from, String to) {}
