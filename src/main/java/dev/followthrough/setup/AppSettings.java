package dev.followthrough.setup;

import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Small facts the app keeps about itself (what was imported, when). */
@Component
public class AppSettings {

    private final JdbcTemplate jdbc;

    AppSettings(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> get(String key) {
        return jdbc.query("select setting_value from app_setting where setting_key = ?",
                (rs, i) -> rs.getString(1), key).stream().findFirst();
    }

    public void put(String key, String value) {
        int updated = jdbc.update("update app_setting set setting_value = ?, updated_at = ? where setting_key = ?",
                value, java.sql.Timestamp.from(Instant.now()), key);
        if (updated == 0) {
            jdbc.update("insert into app_setting (setting_key, setting_value, updated_at) values (?, ?, ?)",
                    key, value, java.sql.Timestamp.from(Instant.now()));
        }
    }
}
