package dev.rapport.ticket.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** What the outbox table holds, read with plain SQL as an operator would. */
final class OutboxRows {
  private final DataSource dataSource;

  OutboxRows(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  long pending() throws Exception {
    try (Connection db = dataSource.getConnection();
        PreparedStatement select =
            db.prepareStatement("select count(*) from outbox where published_at is null");
        ResultSet rs = select.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** The event ids written for {@code key}, in the order the relay must publish them. */
  List<String> ids(String key) throws Exception {
    try (Connection db = dataSource.getConnection();
        PreparedStatement select =
            db.prepareStatement("select id from outbox where message_key = ? order by seq")) {
      select.setString(1, key);
      try (ResultSet rs = select.executeQuery()) {
        List<String> ids = new ArrayList<>();
        while (rs.next()) {
          ids.add(rs.getString(1));
        }
        return ids;
      }
    }
  }
}
