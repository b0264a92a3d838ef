package dev.rapport.notification.domain;

import io.quarkus.qute.TemplateData;

/**
 * A link a message offers under its text, e.g. a survey's "5 - Very satisfied", exactly as given.
 */
@TemplateData
public record MessageLink(String label, String url) {}
