package dev.followthrough.admin;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who did what on the admin side, in the same audit_event table review writes to (call_id empty unless the
 * action concerns one call). Plain JDBC: review's entity for that table is package-private to review.
 */
@Component
class AdminAudit {

    record Event(long id, Long callId, String actor, String action, String detail, Instant at) {
    }

    /** The actions written here; review writes its own (EDIT, APPROVE, ...). */
    static final List<String> ACTIONS = List.of("RUN_START", "RUN_RESTART", "CALL_REPROCESS", "QUARANTINE_RETRY",
            "OUTBOX_RETRY", "REP_SAVE", "SAMPLE_ADD", "SAMPLE_REMOVE", "USER_LOGIN_SET", "USER_DISABLE", "USER_ENABLE");

    private final JdbcClient jdbc;

    AdminAudit(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(String actor, String action, Long callId, String detail) {
        String d = detail != null && detail.length() > 4000 ? detail.substring(0, 3999) : detail;
        jdbc.sql("insert into audit_event (call_id, actor, action, detail, created_at) values (?, ?, ?, ?, ?)")
                .params(callId, actor, action, d, Timestamp.from(Instant.now())).update();
    }

    /** The latest admin actions, newest first. */
    List<Event> recent(int max) {
        return jdbc.sql("select id, call_id, actor, action, detail, created_at from audit_event"
                        + " where action in (:actions) order by id desc limit :max")
                .param("actions", ACTIONS).param("max", max)
                .query((rs, i) -> new Event(rs.getLong("id"), (Long) rs.getObject("call_id", Long.class),
                        rs.getString("actor"), rs.getString("action"), rs.getString("detail"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }
}
