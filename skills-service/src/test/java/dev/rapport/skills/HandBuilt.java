package dev.rapport.skills;

import dev.rapport.local.RapportTestResource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * Hand-built people, teams, skills and levels written straight into the service's database, for
 * tests of the maths on top of them (gaps, demand, recommendations) that should not depend on the
 * SCIM or catalogue APIs. Names get a random suffix so that tests sharing a database never meet.
 */
public final class HandBuilt {
  private HandBuilt() {}

  /** A unique name: {@code prefix} plus a short random suffix. */
  public static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** An active person with userName {@code userName}; answers their id. */
  public static UUID person(String userName) {
    UUID id = UUID.randomUUID();
    update(
        "insert into people (id, user_name, display_name, email, active, created_at, updated_at)"
            + " values (?, ?, ?, ?, true, ?, ?)",
        id,
        userName,
        userName,
        userName,
        now(),
        now());
    return id;
  }

  /** A team named {@code name} with these members; answers its id. */
  public static UUID team(String name, UUID... members) {
    UUID id = UUID.randomUUID();
    update(
        "insert into teams (id, display_name, created_at, updated_at) values (?, ?, ?, ?)",
        id,
        name,
        now(),
        now());
    for (UUID member : members) {
      update("insert into team_members (team_id, person_id) values (?, ?)", id, member);
    }
    return id;
  }

  /** A catalogue skill named {@code name}; answers its id. */
  public static UUID skill(String name) {
    UUID id = UUID.randomUUID();
    update(
        "insert into skills (id, name, category, created_at, updated_at) values (?, ?, ?, ?, ?)",
        id,
        name,
        "test",
        now(),
        now());
    return id;
  }

  /** Gives {@code person} {@code level} in {@code skill}, as a lead would (source MANAGER). */
  public static void level(UUID person, UUID skill, int level) {
    update(
        "insert into person_skills (person_id, skill_id, level, source, updated_at)"
            + " values (?, ?, ?, 'MANAGER', ?)"
            + " on conflict (person_id, skill_id) do update set level = excluded.level",
        person,
        skill,
        level,
        now());
  }

  /** Marks {@code person} inactive, as SCIM {@code active: false} would. */
  public static void deactivate(UUID person) {
    update("update people set active = false where id = ?", person);
  }

  /** Runs one statement on the service's database. */
  public static void update(String sql, Object... parameters) {
    try (Connection db =
            DriverManager.getConnection(RapportTestResource.jdbcUrl(), "postgres", "postgres");
        PreparedStatement statement = db.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  private static Timestamp now() {
    return Timestamp.from(Instant.now());
  }
}
