package dev.rapport.notification.domain;

import java.time.ZoneId;
import java.util.Locale;

/**
 * Whom a message is written for, as the composer needs it.
 *
 * @param name how to greet them
 * @param locale their language
 * @param zone their time zone, for every time the message shows
 * @param yours whether they raised the ticket ("your request")
 * @param itWording whether they hear it as IT staff, with the detail (an IT audience and a staff
 *     role), rather than in business words
 */
public record Addressee(
    String name, Locale locale, ZoneId zone, boolean yours, boolean itWording) {}
