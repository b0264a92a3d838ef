package dev.rapport.engagement.domain.pulse;

import java.time.Instant;
import java.util.UUID;

/**
 * The figures of one pulse round that reached the anonymity bar: its eNPS and the sum and count of
 * its 1-5 statement answers. Never made for a round below the bar ({@link PulseRoundFigures}).
 *
 * @param closesAt when the round closed (or closes): the instant a series places it at
 * @param scoreSum the sum of every statement answer (1 to 5) of the round
 * @param scores how many statement answers that sum holds (answers times statements)
 * @param scored how many answers gave statement scores (0 when the survey has no statement)
 */
public record RoundFigures(
    UUID pulse,
    int round,
    Instant opensAt,
    Instant closesAt,
    Enps enps,
    long scoreSum,
    long scores,
    int scored) {}
