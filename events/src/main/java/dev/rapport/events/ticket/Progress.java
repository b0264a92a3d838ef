package dev.rapport.events.ticket;

/** Task checklist progress: {@code completed} of {@code total} tasks done. */
public record Progress(int completed, int total) {}
