package dev.followthrough.llm;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The day's spend in table {@code llm_spend} (Flyway V4), one row per UTC day. In a context without a database (a
 * test slice, the eval tools) it keeps nothing, like {@link SpendLedger#NONE}.
 */
@Component
class JdbcSpendLedger implements SpendLedger {

    private final JdbcTemplate jdbc;

    JdbcSpendLedger(org.springframework.beans.factory.ObjectProvider<JdbcTemplate> jdbc) {
        this.jdbc = jdbc.getIfAvailable();
    }

    @Override
    public BigDecimal spentOn(LocalDate day) {
        if (jdbc == null) {
            return BigDecimal.ZERO;
        }
        return jdbc.query("select usd from llm_spend where spend_day = ?", (rs, i) -> rs.getBigDecimal(1), Date.valueOf(day))
                .stream().findFirst().orElse(BigDecimal.ZERO);
    }

    @Override
    public void add(LocalDate day, BigDecimal usd) {
        if (jdbc == null) {
            return;
        }
        // update first, insert when there is no row yet; a second instance inserting the same day first makes the
        // insert fail, and the update then lands on its row
        if (jdbc.update("update llm_spend set usd = usd + ? where spend_day = ?", usd, Date.valueOf(day)) > 0) {
            return;
        }
        try {
            jdbc.update("insert into llm_spend (spend_day, usd) values (?, ?)", Date.valueOf(day), usd);
        } catch (DuplicateKeyException raced) {
            jdbc.update("update llm_spend set usd = usd + ? where spend_day = ?", usd, Date.valueOf(day));
        }
    }
}
