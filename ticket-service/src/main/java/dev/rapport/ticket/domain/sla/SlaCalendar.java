package dev.rapport.ticket.domain.sla;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;

/**
 * A stored business calendar (business_calendars): a zone, opening spans per weekday and holidays.
 * {@link #toBusinessCalendar()} turns it into the rules that count business time.
 */
@Entity
@Table(name = "business_calendars")
public class SlaCalendar extends PanacheEntityBase {
  /** The name of the built-in always-open calendar. */
  public static final String ALWAYS_OPEN = "24x7";

  @Id public UUID id;
  public String name;
  public String zone;

  /** The built-in 24x7: neither replaced nor deleted. */
  @Column(name = "built_in")
  public boolean builtIn;

  @ElementCollection
  @BatchSize(size = 50)
  @CollectionTable(
      name = "business_calendar_hours",
      joinColumns = @JoinColumn(name = "calendar_id"))
  public Set<OpeningSpan> hours = new LinkedHashSet<>();

  @ElementCollection
  @BatchSize(size = 50)
  @CollectionTable(
      name = "business_calendar_holidays",
      joinColumns = @JoinColumn(name = "calendar_id"))
  @Column(name = "day")
  public Set<LocalDate> holidays = new LinkedHashSet<>();

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "updated_at")
  public Instant updatedAt;

  @Version public long version;

  /** The spans of each weekday, by start; weekdays without a span are absent. */
  public Map<DayOfWeek, List<BusinessCalendar.Span>> weeklyHours() {
    Map<DayOfWeek, List<BusinessCalendar.Span>> week = new EnumMap<>(DayOfWeek.class);
    hours.stream()
        .sorted((a, b) -> a.start.compareTo(b.start))
        .forEach(
            s ->
                week.computeIfAbsent(s.weekday, d -> new ArrayList<>())
                    .add(new BusinessCalendar.Span(s.start, s.end)));
    return week;
  }

  public BusinessCalendar toBusinessCalendar() {
    return new BusinessCalendar(ZoneId.of(zone), weeklyHours(), holidays);
  }
}
