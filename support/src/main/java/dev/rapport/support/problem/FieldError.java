package dev.rapport.support.problem;

/** One invalid input field of a "validation-failed" or "invalid-field" problem. */
public record FieldError(String field, String message) {}
